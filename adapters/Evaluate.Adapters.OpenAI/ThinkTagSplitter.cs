namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// Separates inline thinking from the answer for servers that run without a reasoning parser.
/// Handles <c>&lt;think&gt;…&lt;/think&gt;</c> at the start, an unclosed <c>&lt;think&gt;</c> (truncated while thinking:
/// everything is reasoning), and a lone <c>&lt;/think&gt;</c> (templates such as DeepSeek-R1/Qwen3 put the opening tag
/// into the prompt, so the output starts inside the thinking).
/// </summary>
public static class ThinkTagSplitter
{
    private const string Open = "<think>";
    private const string Close = "</think>";

    /// <param name="content">The generated text as the server returned it.</param>
    /// <param name="startsInsideThink">True when the text continues a prefix that left a <c>&lt;think&gt;</c> open.</param>
    public static (string Text, string? Reasoning) Split(string content, bool startsInsideThink = false)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (startsInsideThink) return SplitAtClose(content);

        var trimmed = content.TrimStart();
        if (trimmed.StartsWith(Open, StringComparison.Ordinal)) return SplitAtClose(trimmed[Open.Length..]);

        var close = content.IndexOf(Close, StringComparison.Ordinal);
        if (close >= 0 && content.IndexOf(Open, StringComparison.Ordinal) < 0) return SplitAtClose(content);

        return (content, null);
    }

    /// <summary>True when <paramref name="text"/> opens a think block it does not close.</summary>
    public static bool LeavesThinkOpen(string? text)
    {
        if (string.IsNullOrEmpty(text)) return false;
        var open = text.LastIndexOf(Open, StringComparison.Ordinal);
        return open >= 0 && text.IndexOf(Close, open, StringComparison.Ordinal) < 0;
    }

    private static (string Text, string? Reasoning) SplitAtClose(string insideThink)
    {
        var close = insideThink.IndexOf(Close, StringComparison.Ordinal);
        if (close < 0) return ("", insideThink.Trim());
        return (insideThink[(close + Close.Length)..].TrimStart(), insideThink[..close].Trim());
    }
}
