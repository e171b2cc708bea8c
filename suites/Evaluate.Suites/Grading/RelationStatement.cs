namespace Evaluate.Suites.Grading;

/// <summary>
/// A relation stated in prose: "the solution is x \lt 3", "So $x \geq 2$", "The solution is $x &lt; 0$ or $x &gt; 2$",
/// "So $\mathbf{v} = \begin{pmatrix}…$". When an extracted answer is a short lead-in of plain words ending in a
/// conclusion word (is, are, so, thus, hence, therefore, then, or "that" as in "we find that") followed by mathematics that contains a relation
/// (=, &lt;, &gt;, ≤, ≥, ≠, \in in any spelling), the lead-in is dropped. Anything else is returned unchanged, so a
/// sentence that negates or qualifies ("the answer is not x &lt; 3") is never cut.
/// </summary>
public static class RelationStatement
{
    private const int MaxLeadInWords = 6;
    private static readonly HashSet<string> ConclusionWords = new(StringComparer.OrdinalIgnoreCase)
        { "is", "are", "so", "thus", "hence", "therefore", "then", "that" };
    private static readonly HashSet<string> RelationCommands = new(StringComparer.Ordinal)
        { "le", "leq", "leqslant", "ge", "geq", "geqslant", "lt", "gt", "ne", "neq", "in" };

    public static string? Core(string? answer)
    {
        if (answer is null || answer.Length > GradingLimits.MaxAnswerLength) return answer;
        int i = 0, words = 0;
        string? lastWord = null;
        int mathStart = -1;
        while (i < answer.Length && words <= MaxLeadInWords)
        {
            while (i < answer.Length && (answer[i] is ' ' or ',' or ':')) i++;
            int start = i;
            while (i < answer.Length && char.IsAsciiLetter(answer[i])) i++;
            // A plain word of two or more letters followed by a space; a single letter or anything else starts the mathematics.
            if (i - start >= 2 && i < answer.Length && answer[i] is ' ' or ',')
            {
                lastWord = answer[start..i];
                words++;
                continue;
            }
            mathStart = start;
            break;
        }
        if (mathStart <= 0 || words == 0 || words > MaxLeadInWords || lastWord is null || !ConclusionWords.Contains(lastWord)) return answer;
        var math = answer[mathStart..];
        return HasRelation(math) ? AnswerText.Clean(math) : answer;
    }

    /// <summary>A relation sign, or a relation command by its whole name (so \left and \infty do not count).</summary>
    private static bool HasRelation(string math)
    {
        for (int i = 0; i < math.Length; i++)
        {
            char c = math[i];
            if (c is '=' or '<' or '>' or '≤' or '≥' or '≠' or '⩽' or '⩾') return true;
            if (c != '\\') continue;
            int start = i + 1, end = start;
            while (end < math.Length && char.IsAsciiLetter(math[end])) end++;
            if (RelationCommands.Contains(math[start..end])) return true;
            i = end - 1;
        }
        return false;
    }
}
