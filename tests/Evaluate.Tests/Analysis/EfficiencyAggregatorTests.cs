using NUnit.Framework;
using Evaluate.Core.Analysis;

namespace Evaluate.Tests.Analysis;

public class EfficiencyAggregatorTests
{
    private static SampleAnalysis Analysis(
        int rounds, int? firstCorrect, int total, int? toFirstCorrect, double outcome, double process,
        bool truncated = false, int waits = 0) => new()
    {
        Encoding = "test",
        Rounds = rounds,
        RoundDetails = [],
        FirstCorrectRound = firstCorrect,
        TokensToFirstCorrectEnd = toFirstCorrect,
        TotalTokens = total,
        TokensAfterFirstCorrect = toFirstCorrect is { } end ? total - end : null,
        DistinctAnswers = 1,
        AnswerChangedAfterFirst = false,
        FinalAnswerChangedByLaterRounds = false,
        CorrectAnswerAbandoned = false,
        Markers = ReflectionMarkers.Names.ToDictionary(n => n, n => n == "wait" ? waits : 0),
        ReasoningTokens = 0,
        AnswerTokens = total,
        Truncated = truncated,
        OutcomeEfficiency = outcome,
        ProcessEfficiency = process,
        Clipped = false,
    };

    private static readonly EfficiencySample[] Samples =
    [
        new(Analysis(3, 0, 100, 40, 0.4, 0.7, waits: 2), Correct: true, Easy: true, CompletionTokens: 100),
        new(Analysis(2, 1, 200, 150, 0.75, 1.0), Correct: true, Easy: true, CompletionTokens: 200),
        new(Analysis(1, null, 500, null, 0.0, 1.0, truncated: true, waits: 5), Correct: false, Easy: false, CompletionTokens: 500),
        new(Analysis(0, null, 900, null, 0.0, 0.0, truncated: true), Correct: true, Easy: false, CompletionTokens: 900),
    ];

    [Test]
    public void KeysAreExactlyTheDocumentedOnesInOrder()
    {
        var result = EfficiencyAggregator.Aggregate(Samples);
        Assert.That(result.Keys, Is.EqualTo(EfficiencyAggregator.Keys));
        Assert.That(result.Keys, Is.EqualTo(new[]
        {
            "outcome_efficiency", "process_efficiency", "solution_rounds_mean", "tokens_after_first_correct_mean",
            "first_correct_round_share", "easy_to_hard_token_ratio", "truncation_rate", "accuracy_when_truncated",
            "marker_counts",
        }));
    }

    [Test]
    public void MeansFollowTheDefinitions()
    {
        var result = EfficiencyAggregator.Aggregate(Samples);
        Assert.That(result["outcome_efficiency"], Is.EqualTo(Samples.Average(s => s.Analysis.OutcomeEfficiency)).Within(1e-12));
        Assert.That(result["process_efficiency"], Is.EqualTo(Samples.Average(s => s.Analysis.ProcessEfficiency)).Within(1e-12));
        Assert.That(result["solution_rounds_mean"], Is.EqualTo(Samples.Average(s => s.Analysis.Rounds)).Within(1e-12));
        // Only the two samples with a correct round: (100-40) and (200-150).
        Assert.That(result["tokens_after_first_correct_mean"], Is.EqualTo((60.0 + 50.0) / 2).Within(1e-12));
        // Three samples graded correct; only the first had round one correct.
        Assert.That(result["first_correct_round_share"], Is.EqualTo(1.0 / 3).Within(1e-12));
        Assert.That(result["easy_to_hard_token_ratio"], Is.EqualTo(150.0 / 700.0).Within(1e-12));
        Assert.That(result["truncation_rate"], Is.EqualTo(0.5).Within(1e-12));
        Assert.That(result["accuracy_when_truncated"], Is.EqualTo(0.5).Within(1e-12));
        var markers = (IReadOnlyDictionary<string, double?>)result["marker_counts"]!;
        Assert.That(markers["wait"], Is.EqualTo(7.0 / 4).Within(1e-12));
        Assert.That(markers["hmm"], Is.EqualTo(0.0));
    }

    [Test]
    public void UndefinedValuesAreNullNeverNaN()
    {
        var empty = EfficiencyAggregator.Aggregate(Array.Empty<EfficiencySample>());
        foreach (var key in EfficiencyAggregator.Keys.Where(k => k != "marker_counts"))
            Assert.That(empty[key], Is.Null, key);

        var easyOnlyNoTruncation = EfficiencyAggregator.Aggregate(Samples[..2]);
        Assert.That(easyOnlyNoTruncation["easy_to_hard_token_ratio"], Is.Null);
        Assert.That(easyOnlyNoTruncation["accuracy_when_truncated"], Is.Null);
        Assert.That(easyOnlyNoTruncation["truncation_rate"], Is.EqualTo(0.0));
    }
}
