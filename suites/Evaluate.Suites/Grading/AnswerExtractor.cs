namespace Evaluate.Suites.Grading;

/// <summary>
/// Finds the final answer in a model response. Every search is a bounded backward scan over the
/// last <see cref="GradingLimits.MaxResponseTail"/> characters, so extraction is linear and capped.
/// Reasoning inside &lt;think&gt;…&lt;/think&gt; is removed first and never graded.
/// </summary>
public static class AnswerExtractor
{
    private static readonly string[] BoxCommands = ["\\boxed", "\\fbox"];
    private static readonly string[] AnswerPhrases = ["answer is", "answer:"];

    /// <summary>Math rule order: boxed, "… answer is / Answer:", "####", bare short answer, then (flexible) the last number.</summary>
    public static string? ExtractMath(string? response, ExtractionMode mode)
    {
        var text = VisibleText(response);
        if (text is null) return null;
        return Final(LastBoxed(text) ?? AfterPhrase(text) ?? AfterHashes(text) ?? BareAnswer(text, mode)
                     ?? (mode == ExtractionMode.Flexible ? LastNumber(text) : null));
    }

    /// <summary>GSM8K rule order: "####", "… answer is", boxed, bare short answer, then (flexible) the last number.</summary>
    public static string? ExtractGsm8k(string? response, ExtractionMode mode)
    {
        var text = VisibleText(response);
        if (text is null) return null;
        return Final(AfterHashes(text) ?? AfterPhrase(text) ?? LastBoxed(text) ?? BareAnswer(text, mode)
                     ?? (mode == ExtractionMode.Flexible ? LastNumber(text) : null));
    }

    private static string? Final(string? extracted)
    {
        if (extracted is null) return null;
        var cleaned = AnswerText.Clean(extracted);
        return cleaned.Length == 0 ? null : cleaned;
    }

    /// <summary>The response after the last &lt;/think&gt;; null when reasoning was opened and never closed (truncated output).</summary>
    public static string? VisibleText(string? response)
    {
        if (string.IsNullOrEmpty(response)) return null;
        int close = response.LastIndexOf("</think>", StringComparison.Ordinal);
        string visible;
        if (close >= 0) visible = response[(close + "</think>".Length)..];
        else if (response.Contains("<think>", StringComparison.Ordinal)) return null;
        else visible = response;
        if (visible.Length > GradingLimits.MaxResponseTail) visible = visible[^GradingLimits.MaxResponseTail..];
        return string.IsNullOrWhiteSpace(visible) ? null : visible;
    }

    /// <summary>
    /// The last \boxed{…} (or \fbox, or \boxed 5). When several boxes end the response separated only by
    /// commas, "and", "or", spacing or math delimiters (e.g. "\boxed{2} and \boxed{3}"), they are joined as the list "2, 3".
    /// </summary>
    public static string? LastBoxed(string text)
    {
        var parts = new List<string>();
        int searchEnd = text.Length;
        int previousStart = -1;
        while (parts.Count < GradingLimits.MaxJoinedBoxes)
        {
            var box = FindLastBox(text, searchEnd);
            if (box is null) break;
            var (start, end, content) = box.Value;
            if (previousStart >= 0 && !OnlySeparators(text.AsSpan(end, previousStart - end))) break;
            parts.Add(content);
            previousStart = start;
            searchEnd = start;
        }
        if (parts.Count == 0) return null;
        parts.Reverse();
        return string.Join(", ", parts);
    }

    private static (int Start, int End, string Content)? FindLastBox(string text, int searchEnd)
    {
        int best = -1, commandLength = 0;
        foreach (var command in BoxCommands)
        {
            int i = text.AsSpan(0, searchEnd).LastIndexOf(command, StringComparison.Ordinal);
            if (i > best) { best = i; commandLength = command.Length; }
        }
        if (best < 0) return null;
        int j = best + commandLength;
        while (j < text.Length && text[j] == ' ') j++;
        if (j < text.Length && text[j] == '{')
        {
            int depth = 0;
            int limit = Math.Min(text.Length, j + GradingLimits.MaxAnswerLength + 2);
            for (int k = j; k < limit; k++)
            {
                char c = text[k];
                if (c == '\\') { k++; continue; } // \{ and \} are literal braces
                if (c == '{') depth++;
                else if (c == '}' && --depth == 0) return (best, k + 1, text[(j + 1)..k]);
            }
            return null; // unbalanced or oversized
        }
        // \boxed 5: the argument runs to the next space or delimiter.
        int e = j;
        while (e < text.Length && e - j < GradingLimits.MaxAnswerLength && !char.IsWhiteSpace(text[e]) && text[e] != '$') e++;
        return e > j ? (best, e, text[j..e]) : null;
    }

    private static bool OnlySeparators(ReadOnlySpan<char> gap)
    {
        if (gap.Length > 40) return false;
        var s = gap.ToString().Replace("\\text{", " ").Replace("\\quad", " ").Replace("\\,", " ").Replace("}", " ")
            .Replace("and", " ").Replace("or", " ");
        foreach (char c in s)
            if (!(char.IsWhiteSpace(c) || c is ',' or '$' or ';' or '\\' or '(' or ')' or '[' or ']')) return false;
        return true;
    }

    /// <summary>Text after the last "answer is" / "answer:" (covers "The final answer is"), to the end of that line or sentence.</summary>
    public static string? AfterPhrase(string text)
    {
        int best = -1;
        foreach (var phrase in AnswerPhrases)
        {
            int i = text.LastIndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (i >= 0 && i + phrase.Length > best) best = i + phrase.Length;
        }
        if (best < 0) return null;
        return RestOfStatement(text, best);
    }

    /// <summary>GSM8K style "#### 42".</summary>
    public static string? AfterHashes(string text)
    {
        int i = text.LastIndexOf("####", StringComparison.Ordinal);
        return i < 0 ? null : RestOfStatement(text, i + 4);
    }

    private static string? RestOfStatement(string text, int start)
    {
        int i = start;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is ':' or '*')) i++;
        int end = i;
        while (end < text.Length && text[end] != '\n' && end - i <= GradingLimits.MaxAnswerLength)
        {
            // A full stop followed by a space ends the sentence; "3.5" keeps its point.
            if (text[end] == '.' && (end + 1 == text.Length || char.IsWhiteSpace(text[end + 1]))) break;
            end++;
        }
        var result = text[i..end].Trim();
        return result.Length == 0 ? null : result;
    }

    /// <summary>
    /// A response that is itself just an answer: one line, at most 200 characters and few plain words
    /// (at most two words of three or more letters in strict mode, none in flexible mode, where the last number is preferred).
    /// </summary>
    public static string? BareAnswer(string text, ExtractionMode mode)
    {
        var s = text.Trim();
        if (s.Length == 0 || s.Length > 200 || s.Contains('\n')) return null;
        if (s.Contains("\\boxed", StringComparison.Ordinal) || s.Contains("\\fbox", StringComparison.Ordinal)) return null; // a broken box is not an answer
        int words = 0;
        for (int i = 0; i < s.Length;)
        {
            if (!char.IsAsciiLetter(s[i])) { i++; continue; }
            int start = i;
            while (i < s.Length && (char.IsAsciiLetter(s[i]) || s[i] == '\'')) i++;
            bool plain = start == 0 || s[start - 1] is ' ' or '"' or '(';
            if (plain && i - start >= 3) words++;
        }
        return words <= (mode == ExtractionMode.Strict ? 2 : 0) ? s : null;
    }

    /// <summary>The last number in the text, with sign, thousands separators and decimal point (e.g. "-1,234.5").</summary>
    public static string? LastNumber(string text)
    {
        int end = text.Length - 1;
        while (end >= 0 && !char.IsAsciiDigit(text[end])) end--;
        if (end < 0) return null;
        int start = end;
        while (start > 0 && end - start < GradingLimits.MaxDigits
               && (char.IsAsciiDigit(text[start - 1]) || (text[start - 1] is ',' or '.' && start >= 2 && char.IsAsciiDigit(text[start - 2]))))
            start--;
        if (start > 0 && text[start - 1] == '-') start--;
        return text[start..(end + 1)];
    }
}
