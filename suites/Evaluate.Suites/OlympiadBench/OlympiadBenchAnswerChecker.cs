using System.Collections.Concurrent;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Suites.Grading;
using Evaluate.Suites.Grading.Tolerant;

namespace Evaluate.Suites.OlympiadBench;

/// <summary>
/// OlympiadBench, graded as its own judge does (OpenBMB/OlympiadBench, inference/code/math_judger.py, MathJudger):
/// <list type="bullet">
/// <item>both sides lose <c>$</c>, <c>\left</c>/<c>\right</c>, a leading "x \in ", <c>^\circ</c>, <c>%</c>, trailing
/// punctuation and the problem's <c>unit</c>;</item>
/// <item>both are split at top-level commas (its split_by_comma) and every gold item must pair with a distinct answer
/// item, in any order, with as many items on each side (so a multiple answer needs all its values, and no extra);</item>
/// <item>two numbers are equal when |gold − answer| ≤ 1.01 × precision (its numerical_equal), precision being the
/// problem's <c>error</c> field or 1e-8, also against gold × 100 and gold ÷ 100 (include_percentage);</item>
/// <item>intervals, tuples, expressions and equations go to the equivalence engine; an answer "y = …" against a bare
/// gold is compared by its right side (its expression_equal takes the part after "=").</item>
/// </list>
/// The tolerance is this suite's alone (see docs/grading.md). The facts per problem are recorded when the suite loads.
/// </summary>
public sealed class OlympiadBenchAnswerChecker : IAnswerChecker
{
    public const string AllAnswersEqual = "all-answers-equal";
    public const string WrongAnswerCount = "wrong-answer-count";

    private static readonly MathAnswerChecker Engine = new(ExtractionMode.Strict);
    private readonly ConcurrentDictionary<string, OlympiadAnswerFacts> _facts = new(StringComparer.Ordinal);

    public string? Extract(string response) => Engine.Extract(response);

    public Evaluate.Core.Analysis.AnswerCues Cues => Engine.Cues;

    public Evaluate.Core.Analysis.RoundAnswerWording RoundAnswers => Engine.RoundAnswers;

    public void Record(string problemId, OlympiadAnswerFacts facts) => _facts[problemId] = facts;

    public OlympiadAnswerFacts FactsOf(Problem problem) => _facts.GetValueOrDefault(problem.Id) ?? OlympiadAnswerFacts.Default;

    public Verdict Grade(Problem problem, string? extracted) =>
        extracted is null ? Verdict.NoAnswer : Compare(problem.Gold, extracted, FactsOf(problem));

    public bool Equivalent(Problem problem, string a, string b) => Compare(a, b, FactsOf(problem)).Correct;

    public static Verdict Compare(string gold, string answer, OlympiadAnswerFacts facts)
    {
        var goldItems = TopLevelList.Split(Prepare(gold, facts.Unit));
        var answerItems = TopLevelList.Split(Prepare(answer, facts.Unit));
        if (answerItems.Count == 0) return Verdict.NoAnswer;
        if (goldItems.Count == 0) return new Verdict(false, GradingReasons.UnparseableGoldNotation);
        if (goldItems.Count == 1 && answerItems.Count == 1) return Item(goldItems[0], answerItems[0], facts);
        if (goldItems.Count != answerItems.Count) return new Verdict(false, WrongAnswerCount);
        var unmatched = answerItems.ToList();
        var ungradable = false;
        foreach (var g in goldItems)
        {
            var match = -1;
            for (var i = 0; i < unmatched.Count && match < 0; i++)
            {
                var verdict = Item(g, unmatched[i], facts);
                if (verdict.Correct) match = i;
                else ungradable |= Verdict.IsUngradable(verdict.Reason);
            }
            if (match < 0) return new Verdict(false, ungradable ? GradingReasons.Unparseable : GradingReasons.NotEqual);
            unmatched.RemoveAt(match);
        }
        return new Verdict(true, AllAnswersEqual);
    }

    private static Verdict Item(string gold, string answer, OlympiadAnswerFacts facts)
    {
        if (NumericValue.TryRead(gold) is { } x && NumericValue.TryRead(answer) is { } y)
        {
            // math_judger.numerical_equal: abs(item - prediction) <= self.precision * 1.01, item in gold/100, gold, gold*100.
            var tolerance = new NumericTolerance(Relative: 0, Absolute: facts.Precision * 1.01, PercentVariants: true);
            return tolerance.Judge(x, y);
        }
        var verdict = MathEquivalence.Check(gold, answer, unorderedLists: false);
        if (verdict.Correct) return verdict;
        // expression_equal compares what follows "=" when one side is "name = value" and the other a bare value.
        if (RightSide(answer) is { } answerValue && !gold.Contains('='))
        {
            var right = Item(gold, answerValue, facts);
            if (right.Correct) return right;
        }
        else if (RightSide(gold) is { } goldValue && !answer.Contains('='))
        {
            var right = Item(goldValue, answer, facts);
            if (right.Correct) return right;
        }
        return verdict;
    }

    private static string? RightSide(string text)
    {
        var at = text.IndexOf('=');
        return at > 0 && at == text.LastIndexOf('=') && at < text.Length - 1 ? text[(at + 1)..].Trim() : null;
    }

    /// <summary>The judge's preprocess: delimiters, \left/\right, "x \in ", degree and percent signs, the unit, trailing punctuation.</summary>
    private static string Prepare(string text, string? unit)
    {
        var s = AnswerText.Clean(text).Replace("$", "", StringComparison.Ordinal)
            .Replace("\\left", "", StringComparison.Ordinal).Replace("\\right", "", StringComparison.Ordinal)
            .Replace("\\dfrac", "\\frac", StringComparison.Ordinal).Replace("\\tfrac", "\\frac", StringComparison.Ordinal);
        var inAt = s.IndexOf("\\in ", StringComparison.Ordinal);
        if (inAt >= 0) s = s[(inAt + 4)..];
        s = UnitText.Strip(s, unit);
        return s.Trim().Trim(',', '.', ':', ';').Trim();
    }
}
