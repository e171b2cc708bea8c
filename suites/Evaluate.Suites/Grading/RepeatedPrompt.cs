namespace Evaluate.Suites.Grading;

/// <summary>
/// A base model (or one prompted few-shot) answers, then goes on writing the next example: "Question: … Answer: 9".
/// That invented turn's answer is not the answer to this problem. <see cref="Start"/> finds the first line that opens
/// such a turn after some content; the extractor reads the text before it first and uses the whole text only when
/// that part states no answer (so a "Question:" line inside the reasoning costs nothing).
/// </summary>
internal static class RepeatedPrompt
{
    private static readonly string[] Markers =
        ["Question:", "Problem:", "Human:", "User:", "Q:", "### Question", "### Problem", "### Instruction", "Instruction:"];

    /// <summary>The start of the first line opening a new prompt with content before it, or -1.</summary>
    public static int Start(string text)
    {
        bool content = false;
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int newline = text.AsSpan(lineStart).IndexOf('\n');
            int lineEnd = newline < 0 ? text.Length : lineStart + newline;
            var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimStart(" \t*#");
            if (content && OpensPrompt(text.AsSpan(lineStart, lineEnd - lineStart).TrimStart(" \t*"))) return lineStart;
            if (!line.IsWhiteSpace()) content = true;
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    private static bool OpensPrompt(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || char.ToUpperInvariant(line[0]) is not ('Q' or 'P' or 'H' or 'U' or 'I' or '#')) return false;
        foreach (var marker in Markers)
            if (line.StartsWith(marker, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
