namespace Evaluate.Suites.Grading;

/// <summary>Math delimiters in prose: $…$, $$…$$, \(…\), \[…\]. Searches are bounded by the answer length cap.</summary>
internal static class MathSpans
{
    /// <summary>
    /// Closers already searched for in vain during one scan. A failed search covered the whole window, so later
    /// openers of the same kind are not searched again: the scan stays linear ("\( \( \( …" is not quadratic).
    /// </summary>
    public struct UnclosedKinds
    {
        internal int Mask;
    }

    /// <summary>The index just after the span that opens at <paramref name="pos"/>, or null when none opens there or it is never closed.</summary>
    public static int? EndOf(string text, int pos, ref UnclosedKinds unclosed)
    {
        string? closer = Opener(text, pos, out int openerLength);
        if (closer is null) return null;
        int kind = 1 << Array.IndexOf(Closers, closer);
        if ((unclosed.Mask & kind) != 0) return null;
        int from = pos + openerLength;
        int window = Math.Min(text.Length - from, GradingLimits.MaxAnswerLength);
        int close = text.AsSpan(from, window).IndexOf(closer, StringComparison.Ordinal);
        if (close >= 0) return from + close + closer.Length;
        unclosed.Mask |= kind;
        return null;
    }

    private static readonly string[] Closers = ["$$", "$", "\\)", "\\]"];

    /// <summary>The start of the span that closes just before <paramref name="end"/> (exclusive), or null.</summary>
    public static int? StartOf(string text, int end, out bool display)
    {
        display = false;
        string? opener = null;
        int closerLength = 0;
        var head = text.AsSpan(0, end);
        if (head.EndsWith("$$")) { opener = "$$"; closerLength = 2; display = true; }
        else if (head.EndsWith("\\]")) { opener = "\\["; closerLength = 2; display = true; }
        else if (head.EndsWith("\\)")) { opener = "\\("; closerLength = 2; }
        else if (head.EndsWith("$")) { opener = "$"; closerLength = 1; }
        if (opener is null) return null;
        int limit = Math.Max(0, end - closerLength - GradingLimits.MaxAnswerLength);
        int open = text.AsSpan(limit, end - closerLength - limit).LastIndexOf(opener, StringComparison.Ordinal);
        // "$\$1,000$": an escaped dollar sign inside the span is a currency sign, not the opener.
        while (opener == "$" && open > 0 && text[limit + open - 1] == '\\')
            open = text.AsSpan(limit, open - 1).LastIndexOf('$');
        return open < 0 ? null : limit + open;
    }

    private static string? Opener(string text, int pos, out int length)
    {
        length = 2;
        char c = text[pos];
        if (c == '$') return pos + 1 < text.Length && text[pos + 1] == '$' ? "$$" : Single(out length);
        if (c != '\\' || pos + 1 >= text.Length) return null;
        return text[pos + 1] switch { '(' => "\\)", '[' => "\\]", _ => null };
    }

    private static string Single(out int length)
    {
        length = 1;
        return "$";
    }
}
