namespace Evaluate.Adapters.Onnx.Prompting.Jinja;

/// <summary>A place in the template text, 1-based, for error messages.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public static SourcePosition At(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            line++;
            lineStart = i + 1;
        }
        return new SourcePosition(line, offset - lineStart + 1);
    }
}
