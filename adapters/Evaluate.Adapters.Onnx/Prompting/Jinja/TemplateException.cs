namespace Evaluate.Adapters.Onnx.Prompting.Jinja;

/// <summary>
/// A chat template that cannot be parsed or rendered: names the template's file, the line and column inside the
/// template text and the cause. It is a <see cref="FormatException"/> (bad input), never silently replaced by another template.
/// </summary>
public sealed class TemplateException(string sourceName, SourcePosition position, string cause)
    : FormatException($"{sourceName}, line {position.Line}, column {position.Column}: {cause}")
{
    public string SourceName { get; } = sourceName;

    public SourcePosition Position { get; } = position;

    public string Cause { get; } = cause;
}
