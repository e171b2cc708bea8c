using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Suites.Grading;
using Evaluate.Suites.Grading.Tolerant;

namespace Evaluate.Suites.Minerva;

/// <summary>
/// Minerva Math (MIT OCW problems), graded as the evaluation its data comes from (QwenLM/Qwen2.5-Math,
/// evaluation/grader.py and parser.py): a trailing unit (<c>\text{…}</c>, <c>\mathrm{~cm}</c>) is stripped from both
/// sides, two numbers are equal within a relative tolerance of 1e-4 (grader.py numeric_equal:
/// <c>isclose(reference, prediction, rel_tol=1e-4)</c>), also against gold × 100 and gold ÷ 100 (its
/// include_percentage), and scientific notation as the golds write it (<c>4.4e7</c>) is a number. Anything else goes to
/// the equivalence engine unchanged. This tolerance is this suite's alone (see docs/grading.md).
/// </summary>
public sealed class MinervaAnswerChecker : IAnswerChecker
{
    /// <summary>Qwen2.5-Math evaluation/grader.py, numeric_equal: rel_tol=1e-4; math_equal's include_percentage=True.</summary>
    public static NumericTolerance Tolerance { get; } = new(Relative: 1e-4, Absolute: 0, PercentVariants: true);

    private static readonly MathAnswerChecker Engine = new(ExtractionMode.Strict);

    public string? Extract(string response) => Engine.Extract(response);

    public Evaluate.Core.Analysis.AnswerCues Cues => Engine.Cues;

    public Evaluate.Core.Analysis.RoundAnswerWording RoundAnswers => Engine.RoundAnswers;

    public Verdict Grade(Problem problem, string? extracted)
    {
        if (extracted is null) return Verdict.NoAnswer;
        return Compare(problem.Gold, extracted);
    }

    public bool Equivalent(Problem problem, string a, string b) => Compare(a, b).Correct;

    public static Verdict Compare(string gold, string answer)
    {
        var g = UnitText.Strip(AnswerText.Clean(gold));
        var a = UnitText.Strip(AnswerText.Clean(answer));
        if (a.Length == 0) return Verdict.NoAnswer;
        if (NumericValue.TryRead(g) is { } x && NumericValue.TryRead(a) is { } y)
            return Tolerance.Judge(x, y);
        var verdict = MathEquivalence.Check(gold, answer);
        if (verdict.Correct || (g == AnswerText.Clean(gold) && a == AnswerText.Clean(answer))) return verdict;
        var stripped = MathEquivalence.Check(g, a);
        return stripped.Correct ? stripped : verdict;
    }
}
