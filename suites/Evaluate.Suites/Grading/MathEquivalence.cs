using Evaluate.Core.Suites;
using Evaluate.Suites.Grading.Equivalence;
using Evaluate.Suites.Grading.Parsing;

namespace Evaluate.Suites.Grading;

/// <summary>
/// The equivalence engine behind every checker: clean, cheap textual match, parse both sides,
/// compare structurally/exactly/numerically under one work budget.
/// </summary>
public static class MathEquivalence
{
    public static Verdict Check(string? gold, string? answer, bool unorderedLists = true) => Check(gold, answer, unorderedLists, DecimalComma.Auto);

    /// <summary>As <see cref="Check(string?, string?, bool)"/>, with the decimal-comma reading chosen (<see cref="DecimalComma"/>).</summary>
    public static Verdict Check(string? gold, string? answer, bool unorderedLists, DecimalComma decimalComma)
    {
        if (string.IsNullOrWhiteSpace(answer)) return Verdict.NoAnswer;
        if (gold is null) return new Verdict(false, GradingReasons.Unparseable);
        // Nothing is caught: the engine is bounded by its work budget and throws on no input, so an exception is a bug.
        // It must not pass for "unparseable": in a run the grader counts it as an internal error (GuardedChecker).
        return CheckCore(gold, answer, unorderedLists, decimalComma);
    }

    /// <summary>Letters and digits, case-insensitively, after dropping LaTeX command names (\text, \mbox, …).</summary>
    private static bool SameWords(string a, string b)
    {
        var x = Words(a);
        return x.Length > 0 && x == Words(b);
    }

    private static string Words(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\') { while (i + 1 < s.Length && char.IsAsciiLetter(s[i + 1])) i++; continue; }
            if (char.IsLetterOrDigit(s[i])) sb.Append(char.ToLowerInvariant(s[i]));
        }
        return sb.ToString();
    }

    /// <summary>A short textual gold (up to three words: "\text{no solution}") is graded as text; more words, or two
    /// words beside mathematics, are prose.</summary>
    private static bool IsProse(string gold, MathNode goldTree)
    {
        int words = ProseWords.Count(gold, stopAt: 4);
        return goldTree is TextNode ? words > 3 : words >= 2;
    }

    private static Verdict CheckCore(string gold, string answer, bool unorderedLists, DecimalComma decimalComma)
    {
        if (gold.Length > GradingLimits.MaxAnswerLength * 2 || answer.Length > GradingLimits.MaxAnswerLength * 2)
            return new Verdict(false, GradingReasons.Unparseable);
        var g = TextWrappedNumber.Unwrap(AnswerText.Clean(DoubleEscapedLatex.Unescape(gold)));
        var a = TextWrappedNumber.Unwrap(AnswerText.Clean(DoubleEscapedLatex.Unescape(answer)));
        if (decimalComma == DecimalComma.Auto) a = DecimalCommaAnswer.Read(g, a);
        if (a.Length == 0) return Verdict.NoAnswer;
        if (AnswerText.SameIgnoringSpace(g, a)) return new Verdict(true, GradingReasons.Equal);
        if (g.Length > GradingLimits.MaxAnswerLength || a.Length > GradingLimits.MaxAnswerLength)
            return new Verdict(false, GradingReasons.Unparseable);

        // Fast path: two plain decimal numerals (most golds are integers) compare by value without parsing.
        if (PlainNumeral.TryCompare(g, a) is { } sameValue)
            return sameValue ? new Verdict(true, GradingReasons.NumericEqual) : new Verdict(false, GradingReasons.NotEqual);

        var budget = new WorkBudget();
        var goldTree = MathParser.Parse(g, budget);
        if (goldTree is null)
            return new Verdict(false, budget.Exhausted ? GradingReasons.Unparseable
                : ProseWords.Count(g, stopAt: 2) >= 2 ? GradingReasons.UnparseableGoldProse : GradingReasons.UnparseableGoldNotation);
        // A gold in prose ("n \text{ is odd}", "Cathy can win if and only if …") cannot be graded exactly: only the
        // same words count as correct, anything else is ungradable rather than a confident "not-equal".
        if (IsProse(g, goldTree))
            return SameWords(g, a) ? new Verdict(true, GradingReasons.TextEqual) : new Verdict(false, GradingReasons.UnparseableGoldProse);
        var answerTree = MathParser.Parse(a, budget);
        if (answerTree is null) return new Verdict(false, GradingReasons.Unparseable);
        var reason = new AnswerComparer(budget, unorderedLists).Compare(goldTree, answerTree);
        if (reason is not null) return new Verdict(true, reason);
        // A textual gold ("\text{no solution}") against prose the math lexer split into letters ("No solution").
        if (goldTree is TextNode && SameWords(g, a)) return new Verdict(true, GradingReasons.TextEqual);
        return new Verdict(false, budget.Exhausted ? GradingReasons.Unparseable : GradingReasons.NotEqual);
    }
}
