namespace Evaluate.Adapters.Onnx.Prompting;

/// <summary>
/// Joins the rendered generation prompt and the harness's assistant prefix. Reasoning templates (DeepSeek-R1 distills'
/// later revisions) end the generation prompt with <c>&lt;think&gt;\n</c>; a prefix that itself opens with
/// <c>&lt;think&gt;</c> (a continuation of a thinking turn) must not open it a second time, so the prefix's opener,
/// and the whitespace the template already wrote after it, are dropped from the prefix.
/// </summary>
public static class ThinkPrefill
{
    public const string Opener = "<think>";

    public static string Append(string prompt, string? assistantPrefix)
    {
        if (string.IsNullOrEmpty(assistantPrefix)) return prompt;
        var trimmed = prompt.TrimEnd();
        if (!trimmed.EndsWith(Opener, StringComparison.Ordinal) || !assistantPrefix.StartsWith(Opener, StringComparison.Ordinal))
            return prompt + assistantPrefix;
        var written = prompt[trimmed.Length..];
        var rest = assistantPrefix[Opener.Length..];
        if (written.Length > 0 && rest.StartsWith(written, StringComparison.Ordinal)) rest = rest[written.Length..];
        return prompt + rest;
    }
}
