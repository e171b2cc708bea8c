namespace Evaluate.Reports.Markdown;

/// <summary>
/// Text placed in a Markdown table cell: pipes and line breaks would break the table, and angle brackets, ampersands
/// and backticks would let a model name or problem id become markup where the Markdown is rendered (PR comments, step
/// summaries), so they are written as entities.
/// </summary>
public static class MarkdownText
{
    public static string Cell(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var ch in text)
            sb.Append(ch switch
            {
                '|' => "\\|",
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '`' => "&#96;",
                '*' => "\\*",
                '_' => "\\_",
                '[' => "\\[",
                ']' => "\\]",
                '\r' or '\n' => " ",
                _ => ch.ToString(),
            });
        return sb.ToString();
    }
}
