using Evaluate.Core.Metrics;
using Evaluate.Core.Running;

namespace Evaluate.Tests.Metrics;

public sealed class CellMetricsTests
{
    private static SampleRecord Sample(string problem, int index, bool correct, int answerClass, int tokens = 10) => new()
    {
        Run = "r", Model = "m", Suite = "s", Strategy = "t", ProblemId = problem, SampleIndex = index, Response = "",
        Gold = "g", Correct = correct, Reason = correct ? "equal" : "not-equal", AnswerClass = answerClass, CompletionTokens = tokens,
    };

    private static ProblemRecord Problem(string id, double score, int calls = 1) => new()
    {
        Run = "r", Model = "m", Suite = "s", Strategy = "t", ProblemId = id, Samples = 4, Score = score, ModelCalls = calls,
        PromptTokens = 100, CompletionTokens = 40,
    };

    [Test]
    public void Metrics_come_from_records_with_hand_computed_values()
    {
        // Problem a: 4 samples, 1 correct (class 0), the other three agree on a wrong answer (class 1).
        // Problem b: 4 samples, all correct and equivalent.
        SampleRecord[] samples =
        [
            Sample("a", 0, true, 0), Sample("a", 1, false, 1), Sample("a", 2, false, 1), Sample("a", 3, false, 1),
            Sample("b", 0, true, 0, 30), Sample("b", 1, true, 0, 30), Sample("b", 2, true, 0, 30), Sample("b", 3, true, 0, 30),
        ];
        var metrics = CellMetrics.Compute([Problem("a", 0.25), Problem("b", 1.0, calls: 3)], samples);
        Assert.Multiple(() =>
        {
            Assert.That(metrics["accuracy"], Is.EqualTo(0.625));
            Assert.That((double)metrics["pass@1"]!, Is.EqualTo(0.625).Within(1e-12));          // (0.25 + 1) / 2
            Assert.That((double)metrics["pass@2"]!, Is.EqualTo((0.5 + 1) / 2).Within(1e-12));  // a: 1 - C(3,2)/C(4,2) = 0.5
            Assert.That(metrics["pass@4"], Is.EqualTo(1.0));
            Assert.That(metrics["maj@1"], Is.EqualTo(1.0));   // both first samples are right
            Assert.That(metrics["maj@2"], Is.EqualTo(1.0));   // a: tie 0 vs 1, first seen wins
            Assert.That(metrics["maj@4"], Is.EqualTo(0.5));   // a: class 1 wins 3-1
            Assert.That((double)metrics["maj@2_expected"]!, Is.EqualTo((0.5 + 1) / 2).Within(1e-12)); // a: right in the 3 of 6 pairs holding sample 0
            Assert.That(metrics["mean_completion_tokens"], Is.EqualTo(20.0));
            Assert.That(metrics["median_completion_tokens"], Is.EqualTo(20.0));
            Assert.That(metrics["mean_model_calls_per_problem"], Is.EqualTo(2.0));
            Assert.That(metrics["mean_tokens_per_problem"], Is.EqualTo(140.0));
            Assert.That(metrics.ContainsKey("pass@8"), Is.False);
        });
    }

    [Test]
    public void Strategy_notes_are_summarised_as_rates_and_means()
    {
        var metrics = CellMetrics.Compute(
        [
            Problem("a", 1) with { Notes = new Dictionary<string, string> { ["escalated"] = "true", ["saved_samples"] = "0", ["label"] = "x" } },
            Problem("b", 1) with { Notes = new Dictionary<string, string> { ["escalated"] = "false", ["saved_samples"] = "5", ["label"] = "y" } },
            Problem("c", 1) with { Notes = new Dictionary<string, string> { ["escalated"] = "false", ["saved_samples"] = "4", ["label"] = "z" } },
        ], [Sample("a", 0, true, 0), Sample("b", 0, true, 0), Sample("c", 0, true, 0)]);
        var notes = (SortedDictionary<string, double>)metrics["strategy_notes"]!;
        Assert.That(notes["escalated"], Is.EqualTo(1.0 / 3).Within(1e-12));
        Assert.That(notes["saved_samples"], Is.EqualTo(3.0));
        Assert.That(notes.ContainsKey("label"), Is.False);
    }

    [Test]
    public void Requested_k_beyond_n_is_missing_not_zero()
    {
        var metrics = CellMetrics.Compute([Problem("a", 1)], [Sample("a", 0, true, 0)], [1, 4]);
        Assert.That(metrics["pass@4"], Is.Null);
        Assert.That(metrics["maj@4"], Is.Null);
        Assert.That(metrics["pass@1"], Is.EqualTo(1.0));
    }
}
