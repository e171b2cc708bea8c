namespace Evaluate.Suites.Grading;

/// <summary>
/// A response that ends by stating its result without an explicit answer marker: the last sentence ends with a
/// math span, a **bold** value or a number, directly after a verb or conclusion word ("The smallest $k$ is 17.",
/// "Therefore the probability is $\frac{1}{2}$.", "Thus, $x = 5$."). A display block ($$…$$, \[…\]) that ends
/// the text also counts after a comma or colon ("Putting it together,\n$$x = -4$$").
/// Anything else (a number inside a sentence, "finally 42") is not an answer.
/// </summary>
internal static class ConcludingStatement
{
    private static readonly string[] Cues =
        [" is", " are", " equals", " be", " was", " get", " gives", " obtain", " yields", "therefore", "thus", "hence", " so", ":"];

    public static string? Find(string text)
    {
        int end = text.Length;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or '!')) end--;
        if (end == 0) return null;
        int start;
        bool display = false;
        if (MathSpans.StartOf(text, end, out display) is { } spanStart) start = spanStart;
        else if (end >= 4 && text.AsSpan(0, end).EndsWith("**"))
        {
            int from = Math.Max(0, end - 200);
            int open = text.AsSpan(from, end - 2 - from).LastIndexOf("**", StringComparison.Ordinal);
            if (open < 0) return null;
            start = from + open;
        }
        else if ((start = NumberStart(text, end)) < 0) return null;

        var before = text.AsSpan(0, start).TrimEnd();
        if (before.EndsWith(",", StringComparison.Ordinal)) before = before[..^1].TrimEnd();
        bool cued = ChangeCue(before);
        foreach (var cue in Cues)
            if (before.EndsWith(cue, StringComparison.OrdinalIgnoreCase) && (cue[0] is ' ' or ':' || before.Length == cue.Length || !char.IsAsciiLetter(before[^(cue.Length + 1)])))
                cued = true;
        bool afterComma = text.AsSpan(0, start).TrimEnd().EndsWith(",", StringComparison.Ordinal);
        if (!cued && !(display && afterComma)) return null;
        var span = text[start..end].Trim();
        return span.Any(c => char.IsAsciiDigit(c) || c is '\\' or '$' or '(' or '[') ? span : null;
    }

    // "… increases by 100%.", "a decrease of 20%": a change and its size.
    private static readonly string[] ChangeWords = ["increase", "increases", "increased", "decrease", "decreases", "decreased",
        "rise", "rises", "rose", "grow", "grows", "grew", "drop", "drops", "dropped", "fall", "falls", "fell", "reduced", "change", "changes", "changed"];

    private static bool ChangeCue(ReadOnlySpan<char> before)
    {
        if (!(before.EndsWith(" by", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" of", StringComparison.OrdinalIgnoreCase))) return false;
        var head = before[..^3].TrimEnd();
        int w = head.Length;
        while (w > 0 && char.IsAsciiLetter(head[w - 1])) w--;
        var word = head[w..];
        foreach (var change in ChangeWords)
            if (word.Equals(change, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// The start of the number ending at <paramref name="end"/> (digits, one point or thousands commas, a sign, a simple
    /// fraction "2/3", a closing "%"), or -1.
    /// </summary>
    private static int NumberStart(string text, int end)
    {
        if (end > 0 && text[end - 1] == '%') end -= end >= 2 && text[end - 2] == '\\' ? 2 : 1;
        if (end == 0) return -1;
        int i = end;
        while (i > 0 && end - i < 64 && (char.IsAsciiDigit(text[i - 1]) || (text[i - 1] is '.' or ',' or '/' && i >= 2 && char.IsAsciiDigit(text[i - 2])))) i--;
        if (i == end || !char.IsAsciiDigit(text[end - 1])) return -1;
        if (i > 0 && text[i - 1] == '-') i--;
        if (i > 0 && !(char.IsWhiteSpace(text[i - 1]) || text[i - 1] is ':' or '=')) return -1; // part of a word or expression
        return i;
    }
}
