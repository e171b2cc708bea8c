using System.Text.RegularExpressions;

namespace Evaluate.Core.Analysis;

/// <summary>
/// Finds where a response states an answer explicitly; each statement ends a solution round (Chen et al. 2024).
/// Rules, in priority order when statements overlap (the higher one supplies the answer, the spans are merged):
/// <list type="number">
/// <item><c>\boxed{…}</c> / <c>\fbox{…}</c>, nested braces.</item>
/// <item><c>#### N</c> at the start of a line.</item>
/// <item>"the answer is X", "final answer: X", "Answer: X" — X runs to the end of the sentence or line
/// (at most <see cref="MaxPhraseAnswerLength"/> characters); when X reads "expr = v" the answer is v and the
/// whole X is kept as the statement (Game of 24: "Answer: (1+2+3)*4 = 24").</item>
/// <item>A sentence ending in "= N" (N a plain number) that opens with a concluding word ("So", "Therefore",
/// "Thus", "Hence", "Yes", "Finally", "In total", "We get", …) or is the last thing in the text.</item>
/// </list>
/// Limits: intermediate equations that happen to open with "So" count as answers; answers stated only in words
/// ("five"), as "= 1/2" without a concluding phrase, or in other languages are missed.
/// All patterns run on the non-backtracking regex engine, so scanning is linear in the text length.
/// </summary>
public static class AnswerStatementFinder
{
    public const int MaxPhraseAnswerLength = 200;

    /// <summary>How far back a concluding word is looked for before an "= N".</summary>
    private const int MaxSentenceLookBack = 300;

    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private static readonly PerThreadRegex AnswerPhrase = new(
        @"\b(?:final\s+answer|answer)\b(?:\s*\*\*)?\s*(?:is\b|:|：)",
        Options | RegexOptions.IgnoreCase);

    private static readonly PerThreadRegex Hashes = new(@"^[ \t]*####[ \t]*([^\r\n]+)", Options | RegexOptions.Multiline);

    private static readonly PerThreadRegex EquationEnd = new(@"=[ \t]*\$?[ \t]*(-?\d[\d,]*(?:\.\d+)?)", Options);

    /// <summary>Phrase captures that open with these words state no answer ("the answer is not 6", "… is correct").</summary>
    private static readonly string[] NonAnswerOpeners =
        ["not", "that", "to", "correct", "wrong", "incorrect", "right", "the same", "clear", "obvious", "in"];

    private static readonly string[] ConcludingOpeners =
    [
        "so", "therefore", "thus", "hence", "yes", "finally", "in total", "total", "overall", "altogether",
        "we get", "i get", "this gives", "that gives", "which gives", "the result", "the total", "the sum",
        "the difference", "the product", "the answer", "result", "answer", "that means", "which means",
    ];

    /// <summary>Statements in text order, without overlaps.</summary>
    public static List<AnswerStatement> Find(string text) => Find(text, AnswerCues.All);

    /// <summary>Statements of the given kinds in text order, without overlaps (a suite's cues: see <see cref="AnswerCues"/>).</summary>
    public static List<AnswerStatement> Find(string text, AnswerCues cues)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var candidates = new List<AnswerStatement>();
        if (cues.HasFlag(AnswerCues.Boxed))
        {
            foreach (var (start, end, content) in BoxedExpressions.FindAll(text))
                candidates.Add(new AnswerStatement(start, ExtendOverClosers(text, end), content, content, AnswerRule.Boxed));
        }
        if (cues.HasFlag(AnswerCues.Hashes))
        {
            foreach (Match match in Hashes.Matches(text))
            {
                var value = CleanAnswer(match.Groups[1].Value);
                if (value.Length > 0) candidates.Add(Statement(text, match.Index, match.Index + match.Length, value, AnswerRule.Hashes));
            }
        }
        if (cues.HasFlag(AnswerCues.AnswerPhrase))
        {
            foreach (Match match in AnswerPhrase.Matches(text))
            {
                if (TryPhraseAnswer(text, match.Index + match.Length, out var end, out var statement))
                    candidates.Add(Statement(text, match.Index, end, statement, AnswerRule.AnswerPhrase));
            }
        }
        if (!cues.HasFlag(AnswerCues.ConcludingEquation)) return Merge(candidates);
        foreach (Match match in EquationEnd.Matches(text))
        {
            var valueEnd = match.Index + match.Length;
            if (EndsSentence(text, valueEnd, out var end) && IsConclusion(text, match.Index, end))
                candidates.Add(new AnswerStatement(match.Index, end, match.Groups[1].Value, match.Groups[1].Value,
                    AnswerRule.ConcludingEquation));
        }
        return Merge(candidates);
    }

    private static AnswerStatement Statement(string text, int start, int end, string statement, AnswerRule rule)
    {
        var answer = ValueAfterLastEquals(statement);
        return new AnswerStatement(start, ExtendOverClosers(text, end), answer, statement, rule);
    }

    /// <summary>"2 + 3 = 5" states 5; a boxed part inside a phrase is handled by the merge (boxed wins).</summary>
    private static string ValueAfterLastEquals(string statement)
    {
        var equals = statement.LastIndexOf('=');
        if (equals < 0) return statement;
        var value = CleanAnswer(statement[(equals + 1)..]);
        return value.Length > 0 ? value : statement;
    }

    private static bool TryPhraseAnswer(string text, int from, out int end, out string statement)
    {
        var at = from;
        while (at < text.Length && (char.IsWhiteSpace(text[at]) || text[at] is '*' or '$' or ':' or '：')) at++;
        var limit = Math.Min(text.Length, at + MaxPhraseAnswerLength);
        end = at;
        while (end < limit && !IsAnswerTerminator(text, end)) end++;
        statement = CleanAnswer(text[at..end]);
        if (statement.Length == 0 || StartsWithAny(statement, NonAnswerOpeners)) return false;
        return true;
    }

    private static bool IsAnswerTerminator(string text, int i)
    {
        var ch = text[i];
        if (ch is '\n' or '\r') return true;
        var nextIsSpaceOrEnd = i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]);
        return ch switch
        {
            '.' or '!' or '?' or ';' => nextIsSpaceOrEnd,
            ',' => nextIsSpaceOrEnd,
            _ => false,
        };
    }

    /// <summary>After "= N": optional "$", "**", then "." / "!" and whitespace, or a line end, or the end of text.</summary>
    private static bool EndsSentence(string text, int from, out int end)
    {
        var at = from;
        while (at < text.Length && text[at] is ' ' or '\t' or '$' or '*') at++;
        if (at >= text.Length || text[at] is '\n' or '\r')
        {
            end = at;
            return true;
        }
        if (text[at] is '.' or '!' && (at + 1 >= text.Length || char.IsWhiteSpace(text[at + 1])))
        {
            end = at + 1;
            return true;
        }
        end = from;
        return false;
    }

    private static bool IsConclusion(string text, int equalsIndex, int end)
    {
        var restIsEmpty = true;
        for (var i = end; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) || text[i] is '$' or '*' or '.' or '!') continue;
            restIsEmpty = false;
            break;
        }
        if (restIsEmpty) return true;
        var sentence = SentenceBefore(text, equalsIndex);
        return StartsWithAny(sentence, ConcludingOpeners);
    }

    /// <summary>The sentence (or line) that contains <paramref name="index"/>, from its start up to the index.</summary>
    private static string SentenceBefore(string text, int index)
    {
        var floor = Math.Max(0, index - MaxSentenceLookBack);
        var start = floor;
        for (var i = index - 1; i >= floor; i--)
        {
            var ch = text[i];
            if (ch is '\n' or '\r' || (ch is '.' or '!' or '?' or ':' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])))
            {
                start = i + 1;
                break;
            }
        }
        return text[start..index].TrimStart(' ', '\t', '*', '-', '$', '>', '#', '(', '[');
    }

    private static bool StartsWithAny(string text, string[] openers)
    {
        foreach (var opener in openers)
        {
            if (!text.StartsWith(opener, StringComparison.OrdinalIgnoreCase)) continue;
            if (text.Length == opener.Length || !char.IsLetterOrDigit(text[opener.Length])) return true;
        }
        return false;
    }

    /// <summary>Strips wrappers that are not part of the value: "$", "**", trailing ".", <c>\(</c> <c>\)</c>, <c>\text{}</c> is kept.</summary>
    internal static string CleanAnswer(string raw)
    {
        var value = raw.Trim().Trim('*', '$', ' ', '\t').TrimEnd('.', ' ').Trim();
        if (value.StartsWith(@"\(", StringComparison.Ordinal) && value.EndsWith(@"\)", StringComparison.Ordinal) && value.Length >= 4)
            value = value[2..^2].Trim();
        if (value.StartsWith(@"\[", StringComparison.Ordinal) && value.EndsWith(@"\]", StringComparison.Ordinal) && value.Length >= 4)
            value = value[2..^2].Trim();
        return value;
    }

    /// <summary>Moves an end past closing wrappers that belong to the statement: "$", "**", ")", "]", ".", "!".</summary>
    private static int ExtendOverClosers(string text, int end)
    {
        var limit = Math.Min(text.Length, end + 8);
        while (end < limit && text[end] is '$' or '*' or ')' or ']' or '.' or '!' or '}') end++;
        return end;
    }

    /// <summary>Sorts by start and merges overlapping statements; the higher-priority rule supplies the answer.</summary>
    private static List<AnswerStatement> Merge(List<AnswerStatement> candidates)
    {
        candidates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Rule.CompareTo(b.Rule));
        var merged = new List<AnswerStatement>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (merged.Count > 0 && candidate.Start < merged[^1].End)
            {
                var previous = merged[^1];
                var winner = candidate.Rule < previous.Rule ? candidate : previous;
                merged[^1] = winner with
                {
                    Start = Math.Min(previous.Start, candidate.Start),
                    End = Math.Max(previous.End, candidate.End),
                };
                continue;
            }
            merged.Add(candidate);
        }
        return merged;
    }
}
