namespace Evaluate.Suites.Grading;

/// <summary>
/// Finds the final answer in a model response. Every search is a bounded backward scan over the
/// last <see cref="GradingLimits.MaxResponseTail"/> characters, so extraction is linear and capped.
/// Reasoning inside &lt;think&gt;…&lt;/think&gt; is removed first and never graded.
/// </summary>
public static class AnswerExtractor
{
    private static readonly string[] BoxCommands = ["\\boxed", "\\fbox"];

    /// <summary>
    /// Math rule order: boxed, answer cue ("The final answer is", "Answer:", "**Answer**", "Answer \( … \)"), "####",
    /// a concluding statement ("The smallest $k$ is 17."), a bare short answer, then (flexible) the first number or
    /// math span after the last cue word ("therefore", "total", …) and finally the last number.
    /// </summary>
    public static string? ExtractMath(string? response, ExtractionMode mode)
    {
        var text = VisibleText(response);
        if (text is null) return null;
        text = DoubleEscapedLatex.Unescape(text);
        // An invented next prompt after the answer ("Question: … Answer: 9"): the part before it is read first.
        // Only explicit markers count there: a sentence such as "so x is 5." before a "Q:" line may be mid-reasoning.
        if (RepeatedPrompt.Start(text) is > 0 and var prompt && MarkedMath(text[..prompt]) is { } beforePrompt) return Final(beforePrompt);
        return Final(MarkedMath(text) ?? ConcludingStatement.Find(text) ?? BareAnswer(text, mode)
                     ?? (mode == ExtractionMode.Flexible ? AfterCueWord(text) ?? LastNumber(text) : null));
    }

    private static string? MarkedMath(string text) => FinalAnswerAfterLastBox(text) ?? AfterPhrase(text) ?? AfterHashes(text);

    /// <summary>
    /// The last box, unless a final-answer statement with mathematics follows it: a box in the working ("… = \boxed{255}")
    /// and then "Final Answer: The final answer is $10,455$." states 10,455. Only a cue that names the final answer
    /// ("final answer", or "Answer" opening its line) and states no negation overrides a box.
    /// </summary>
    private static string? FinalAnswerAfterLastBox(string text)
    {
        var box = LastBoxed(text, out int boxEnd);
        if (box is null || boxEnd >= text.Length) return box;
        return FinalCueStatement(text, boxEnd) ?? box;
    }

    private static string? FinalCueStatement(string text, int from)
    {
        int searchEnd = text.Length;
        while (searchEnd > from)
        {
            int i = text.AsSpan(from, searchEnd - from).LastIndexOf("answer", StringComparison.OrdinalIgnoreCase);
            if (i < 0) return null;
            i += from;
            int start = AnswerCueEnd(text, i, i + "answer".Length);
            if (start >= 0)
            {
                if (!NamesFinalAnswer(text, i) || Statement(text, start) is not { } statement || Negated(statement)) return null;
                var core = AnswerStatement.Core(statement);
                return core.AsSpan().IndexOfAny("0123456789$\\") >= 0 ? core : null;
            }
            searchEnd = i;
        }
        return null;
    }

    private static bool NamesFinalAnswer(string text, int answerStart)
    {
        int i = answerStart;
        while (i > 0 && text[i - 1] is ' ' or '*' or '#' or '_') i--;
        if (i == 0 || text[i - 1] is '\n' or '\r') return true;
        return i >= 5 && text.AsSpan(i - 5, 5).Equals("final", StringComparison.OrdinalIgnoreCase) && (i == 5 || !char.IsAsciiLetter(text[i - 6]));
    }

    private static bool Negated(string statement) =>
        statement.Contains("not ", StringComparison.OrdinalIgnoreCase) || statement.Contains("n't", StringComparison.OrdinalIgnoreCase)
        || statement.Contains("never", StringComparison.OrdinalIgnoreCase);

    /// <summary>GSM8K rule order: "####", "… answer is", boxed, bare short answer, then (flexible) the last number.</summary>
    public static string? ExtractGsm8k(string? response, ExtractionMode mode)
    {
        var text = VisibleText(response);
        if (text is null) return null;
        if (RepeatedPrompt.Start(text) is > 0 and var prompt && (AfterHashes(text[..prompt]) ?? AfterPhrase(text[..prompt]) ?? LastBoxed(text[..prompt])) is { } beforePrompt)
            return Final(beforePrompt);
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
        response = ChatTemplateJunk.Cut(response);
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
    public static string? LastBoxed(string text) => LastBoxed(text, out _);

    /// <summary>As <see cref="LastBoxed(string)"/>; <paramref name="end"/> is where the last box ends.</summary>
    public static string? LastBoxed(string text, out int end)
    {
        end = -1;
        var parts = new List<string>();
        int searchEnd = text.Length;
        int previousStart = -1;
        int nestedBoxes = 0;
        while (parts.Count < GradingLimits.MaxJoinedBoxes && nestedBoxes <= GradingLimits.MaxJoinedBoxes)
        {
            var box = FindLastBox(text, searchEnd);
            if (box is null) break;
            var (start, boxEnd, content) = box.Value;
            end = Math.Max(end, boxEnd); // a box around the last box ends after it
            if (previousStart >= 0 && boxEnd > previousStart)
            {
                // A box around a box ("\boxed{\[ \boxed{x} \]}"): the outer one is the answer.
                parts[^1] = content;
                previousStart = searchEnd = start;
                nestedBoxes++;
                continue;
            }
            if (previousStart >= 0 && !OnlySeparators(GapWithoutRepeatedName(text, start, boxEnd, previousStart))) break;
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

    /// <summary>
    /// The text between two boxes, without the "x =" that introduces the later box when the earlier box is introduced
    /// by the same name: "x = \boxed{-2} or x = \boxed{1}" lists two values of x, "x = \boxed{1}, y = \boxed{2}" does not.
    /// </summary>
    private static ReadOnlySpan<char> GapWithoutRepeatedName(string text, int earlierStart, int earlierEnd, int laterStart)
    {
        var gap = text.AsSpan(earlierEnd, laterStart - earlierEnd);
        var laterName = NameBefore(gap, out int nameStart);
        if (laterName is null || NameBefore(text.AsSpan(0, earlierStart), out _) != laterName) return gap;
        return gap[..nameStart];
    }

    /// <summary>The single-letter name in a trailing "x =" (spaces and "$" allowed), and where that name starts.</summary>
    private static char? NameBefore(ReadOnlySpan<char> text, out int nameStart)
    {
        nameStart = -1;
        int i = text.Length;
        while (i > 0 && text[i - 1] is ' ' or '$') i--;
        if (i == 0 || text[i - 1] != '=') return null;
        i--;
        while (i > 0 && text[i - 1] == ' ') i--;
        if (i == 0 || !char.IsAsciiLetter(text[i - 1]) || (i >= 2 && (char.IsAsciiLetter(text[i - 2]) || text[i - 2] == '\\'))) return null;
        nameStart = i - 1;
        return text[i - 1];
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

    /// <summary>
    /// The statement after the last answer cue: "answer is/are", "answer:", a heading "Final Answer" at the end of a
    /// line, or "answer" directly followed by math ("Answer \( 12 \)"). The statement runs to the end of its line or
    /// sentence, but a math span ($…$, $$…$$, \(…\), \[…\]) is always read whole, even across lines.
    /// </summary>
    public static string? AfterPhrase(string text)
    {
        int searchEnd = text.Length;
        while (searchEnd > 0)
        {
            int i = text.AsSpan(0, searchEnd).LastIndexOf("answer", StringComparison.OrdinalIgnoreCase);
            if (i < 0) return null;
            int start = AnswerCueEnd(text, i, i + "answer".Length);
            if (start >= 0) return Statement(text, start) is { } statement ? AnswerStatement.Core(statement) : null;
            searchEnd = i;
        }
        return null;
    }

    /// <summary>Where the answer starts after the word "answer" at <paramref name="wordStart"/>, or -1 when this "answer" is not a cue.</summary>
    private static int AnswerCueEnd(string text, int wordStart, int j)
    {
        if (j < text.Length && (text[j] == 's' || text[j] == 'S')) j++;
        if (j < text.Length && char.IsAsciiLetter(text[j])) return -1; // "answered"
        while (j < text.Length && text[j] is ' ' or '\t' or '*' or '_' or '#') j++;
        if (StartsWithWord(text, j, "is") || StartsWithWord(text, j, "are")) return SkipMarks(text, j + (StartsWithWord(text, j, "is") ? 2 : 3));
        if (j < text.Length && text[j] is ':' or '=') return SkipMarks(text, j + 1);
        if (j < text.Length && (text[j] == '$' || (text[j] == '\\' && j + 1 < text.Length && text[j + 1] is '(' or '['))) return j;
        // A heading: "**Final Answer**" or "### Answer" alone on its line (its start is looked for only 16 characters back).
        bool lineEnds = j < text.Length && text[j] is '\n' or '\r';
        if (!lineEnds) return -1;
        int back = Math.Max(0, wordStart - 16);
        return back == 0 || text.AsSpan(back, wordStart - back).Contains('\n') ? j : -1;
    }

    private static bool StartsWithWord(string text, int j, string word) =>
        j + word.Length <= text.Length && text.AsSpan(j, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
        && (j + word.Length == text.Length || !char.IsAsciiLetter(text[j + word.Length]));

    private static int SkipMarks(string text, int j)
    {
        while (j < text.Length && text[j] is ' ' or '\t' or ':' or '*') j++;
        return j;
    }

    /// <summary>GSM8K style "#### 42".</summary>
    public static string? AfterHashes(string text)
    {
        int i = text.LastIndexOf("####", StringComparison.Ordinal);
        return i < 0 ? null : Statement(text, i + 4);
    }

    /// <summary>Flexible mode: the first number or math span after the last cue word such as "therefore" or "total".</summary>
    private static string? AfterCueWord(string text)
    {
        int best = -1;
        foreach (var cue in FlexibleCues)
        {
            int i = text.LastIndexOf(cue, StringComparison.OrdinalIgnoreCase);
            if (i >= 0 && i + cue.Length > best) best = i + cue.Length;
        }
        if (best < 0 || Statement(text, best) is not { } statement) return null;
        var core = AnswerStatement.Core(statement);
        return core.Any(char.IsAsciiDigit) && core != statement ? core : null;
    }

    private static readonly string[] FlexibleCues = ["therefore", "thus", "hence", "in total", "total is", "result is", "we get", "so the"];

    /// <summary>From <paramref name="start"/> to the end of the line or sentence; math spans are read whole.</summary>
    internal static string? Statement(string text, int start)
    {
        int i = start;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is ':' or '*')) i++;
        int end = i;
        var unclosed = new MathSpans.UnclosedKinds();
        while (end < text.Length && end - i <= GradingLimits.MaxAnswerLength)
        {
            char c = text[end];
            if (MathSpans.EndOf(text, end, ref unclosed) is { } spanEnd) { end = spanEnd; continue; }
            if (c == '\n') break;
            // A full stop followed by a space ends the sentence; "3.5" keeps its point.
            if (c == '.' && (end + 1 == text.Length || char.IsWhiteSpace(text[end + 1]))) break;
            end++;
        }
        var result = text[i..Math.Min(end, text.Length)].Trim();
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
