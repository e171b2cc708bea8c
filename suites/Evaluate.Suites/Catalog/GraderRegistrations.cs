using Evaluate.Core.Components;
using Evaluate.Core.Problems;
using Evaluate.Suites.Game24;
using Evaluate.Suites.Grading;

namespace Evaluate.Suites.Catalog;

/// <summary>
/// The graders the `grade` verb offers, each a suite's answer engine over (gold, response) pairs. For game24 the gold
/// is the puzzle ("4 5 6 10"), since the target is always 24.
/// </summary>
public static class GraderRegistrations
{
    public static ComponentRegistry<PairsGrader> Create() => new ComponentRegistry<PairsGrader>("grader")
        .Register<StrictExtractionOptions>("math", "MATH answers: exact math equivalence of the boxed (or cued) answer",
            (o, _) => new PairsGrader(new MathAnswerChecker(o.Extract, decimalComma: o.DecimalComma)))
        .Register<FlexibleExtractionOptions>("gsm8k", "GSM8K answers: the number after #### (flexible: the last number)",
            (o, _) => new PairsGrader(new Gsm8kAnswerChecker(o.Extract)))
        .Register<StrictExtractionOptions>("omni-math", "Omni-MATH answers: the math engine, as for MATH",
            (o, _) => new PairsGrader(new MathAnswerChecker(o.Extract, decimalComma: o.DecimalComma)))
        .Register(new("game24", "Game of 24 expressions; gold is the puzzle, e.g. \"4 5 6 10\"", [],
            (_, _) => new PairsGrader(new Game24AnswerChecker(), puzzle => new Problem(puzzle, puzzle, "24", ProblemMeta.None))));
}
