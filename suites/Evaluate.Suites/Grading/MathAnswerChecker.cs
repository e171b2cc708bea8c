using Evaluate.Core.Problems;
using Evaluate.Core.Suites;

namespace Evaluate.Suites.Grading;

/// <summary>Answer checker for MATH-500, MATH and Omni-MATH: LaTeX answers compared by the equivalence engine.</summary>
/// <param name="mode">Strict: explicit answer markers only; Flexible: also the last number.</param>
/// <param name="unorderedLists">Whether "3, 5" matches "5, 3" (sets always ignore order; tuples never do).</param>
public sealed class MathAnswerChecker(ExtractionMode mode = ExtractionMode.Strict, bool unorderedLists = true) : IAnswerChecker
{
    public ExtractionMode Mode { get; } = mode;
    public bool UnorderedLists { get; } = unorderedLists;

    public string? Extract(string response) => AnswerExtractor.ExtractMath(response, Mode);

    public Verdict Grade(Problem problem, string? extracted) =>
        extracted is null ? Verdict.NoAnswer : MathEquivalence.Check(problem.Gold, extracted, UnorderedLists);

    public bool Equivalent(Problem problem, string a, string b) => MathEquivalence.Check(a, b, UnorderedLists).Correct;
}
