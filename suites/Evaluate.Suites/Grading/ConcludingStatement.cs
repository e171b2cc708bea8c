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
        int end = SentenceEnd(text, text.Length);
        // "I hope it is correct." (the Minerva prompt's sign-off) is no statement of its own: the sentence before it is read.
        if (EndsWithWord(text, end, SignOff)) end = SentenceEnd(text, end - SignOff.Length);
        if (end == 0) return null;
        if (ThereAreStatement.Find(text, end) is { } counted) return counted;
        // "Therefore $x \geq 5$ is the solution.": the value named as the answer before the word for it.
        foreach (var tail in AnswerTails)
            if (EndsWithWord(text, end, tail))
            {
                int cut = SentenceEnd(text, end - tail.Length);
                if (cut > 0 && (MathSpans.StartOf(text, cut, out _) is not null || NumberStart(text, cut) >= 0)) { end = cut; break; }
            }
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
            // A cue word that opens the text ("So $(2, 5)$ is the solution.") has no space before it.
            else if (cue[0] == ' ' && before.Equals(cue.AsSpan(1), StringComparison.OrdinalIgnoreCase)) cued = true;
        bool afterComma = text.AsSpan(0, start).TrimEnd().EndsWith(",", StringComparison.Ordinal);
        if (!cued && !(display && afterComma)) return null;
        var span = text[start..end].Trim();
        return span.Any(c => char.IsAsciiDigit(c) || c is '\\' or '$' or '(' or '[') ? span : null;
    }

    private const string SignOff = "I hope it is correct";

    private static readonly string[] AnswerTails =
        [" is the solution", " is the solution set", " is our answer", " is the answer", " is the final answer", " is the correct answer",
         " are the solutions", " is our solution", " is the result"];

    /// <summary>The end of the text before trailing spaces and closing stops.</summary>
    private static int SentenceEnd(string text, int end)
    {
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or '!')) end--;
        return end;
    }

    /// <summary>Whether the text up to <paramref name="end"/> ends with <paramref name="phrase"/> (any case) as whole words.</summary>
    private static bool EndsWithWord(string text, int end, string phrase) =>
        end >= phrase.Length && text.AsSpan(0, end).EndsWith(phrase, StringComparison.OrdinalIgnoreCase)
        && (phrase[0] == ' ' || end == phrase.Length || !char.IsAsciiLetter(text[end - phrase.Length - 1]));

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
