namespace Evaluate.Core.Analysis;

/// <summary>
/// Whether a response opened its thinking and never closed it: the answer part never began, usually because generation
/// hit the token limit mid-thought (DeepSeek-R1 and Qwen3 evaluations count these apart from wrong answers).
/// Seen in either form a sample records: a <c>&lt;think&gt;</c> in the response with no <c>&lt;/think&gt;</c> after it (a
/// model or adapter that keeps thinking inline), or reasoning with an empty response (the OpenAI adapter moves an unclosed
/// think block into the reasoning, as a server's reasoning parser does). The second form cannot tell a thought that closed
/// and was followed by nothing from one that never closed; both have no answer, and both count.
/// </summary>
public static class UnclosedThink
{
    private const string Open = "<think>";
    private const string Close = "</think>";

    public static bool Of(string? response, string? reasoning)
    {
        var text = response ?? "";
        var open = text.LastIndexOf(Open, StringComparison.OrdinalIgnoreCase);
        if (open >= 0) return text.IndexOf(Close, open, StringComparison.OrdinalIgnoreCase) < 0;
        return string.IsNullOrWhiteSpace(text) && !string.IsNullOrWhiteSpace(reasoning);
    }
}
