using Evaluate.Core.Analysis;
using Evaluate.Core.Grading.Reasking;
using Evaluate.Core.Metrics;
using Evaluate.Core.Running;
using Evaluate.Tests.Metrics;

namespace Evaluate.Tests.Grading.Reasking;

/// <summary>
/// A sample made correct by a re-ask reply or by the judge states no correct answer in its own response, so it has no
/// correct round to find: the round measures leave it out instead of counting it as "round one was wrong".
/// </summary>
public sealed class RoundMeasuresOfOtherVerdictsTests
{
    private static SampleAnalysis Analysis(int? firstCorrect) => new()
    {
        Encoding = "test", Rounds = 1, RoundDetails = [], FirstCorrectRound = firstCorrect, TokensToFirstCorrectEnd = firstCorrect is null ? null : 10,
        TotalTokens = 10, TokensAfterFirstCorrect = firstCorrect is null ? null : 0, DistinctAnswers = 1, AnswerChangedAfterFirst = false,
        FinalAnswerChangedByLaterRounds = false, CorrectAnswerAbandoned = false, Markers = ReflectionMarkers.Names.ToDictionary(n => n, _ => 0),
        ReasoningTokens = 0, AnswerTokens = 10, Truncated = false, OutcomeEfficiency = firstCorrect is null ? 0 : 1, ProcessEfficiency = 1, Clipped = false,
    };

    [Test]
    public void First_correct_round_share_counts_only_samples_correct_by_their_own_answer()
    {
        SampleRecord[] samples =
        [
            // Correct by its own answer, in round one.
            Records.Sample("a", 0, true) with { Analysis = Analysis(0) },
            // Correct by its own answer, but only in a later round.
            Records.Sample("a", 1, true) with { Analysis = Analysis(1) },
            // Correct by a re-ask reply: the response itself stated no answer.
            Records.Sample("a", 2, true) with { Analysis = Analysis(null), Reasked = true, Reask = new ReaskAnswer { Response = "\\boxed{1}" } },
            // Correct by the judge's verdict on a response the rules could not read.
            Records.Sample("a", 3, true) with { Analysis = Analysis(null), VerdictSource = "judge" },
        ];
        var metrics = CellMetrics.Compute([Records.Problem("a", 1.0)], samples);

        // 1 of the 2 samples correct by their own answer; counting the other two as "not in round one" would give 1/4.
        Assert.That((double)metrics["first_correct_round_share"]!, Is.EqualTo(0.5).Within(1e-12));
    }
}
