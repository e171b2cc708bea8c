using Evaluate.Core.Analysis;
using Evaluate.Core.Metrics;
using Evaluate.Core.Metrics.BuiltIn;
using Evaluate.Core.Metrics.Table;
using Evaluate.Core.Models;

namespace Evaluate.Tests.Analysis;

/// <summary>
/// The underthinking measures (Wang et al. 2025) on hand-made responses against hand computations: token counts come
/// from the approximate counter on the exact round texts, so every expected value is written out here.
/// </summary>
public sealed class UnderthinkingTests
{
    private static readonly ApproximateTokenCounter Approx = ApproximateTokenCounter.Instance;

    // Incorrect: states the correct 5, then switches ("Wait, maybe", "Alternatively": two markers) and ends on 6.
    private const string AbandonedOne = "Two plus three is five, so the answer is \\boxed{5}.";
    private const string AbandonedTwo = "\n\nWait, maybe I misread the question. Alternatively, adding one more gives six, so the answer is \\boxed{6}.";

    // Incorrect: never states 5 ("another approach": one marker).
    private const string NeverOne = "I think the sum is seven, so the answer is \\boxed{7}.";
    private const string NeverTwo = "\n\nLet me try another approach: counting gives eight, so the answer is \\boxed{8}.";

    // Incorrect: wrong, then right in round two, then wrong again (no markers).
    private const string MiddleOne = "First guess: the answer is \\boxed{4}.";
    private const string MiddleTwo = "\n\nRecounting, two and three make five, so the answer is \\boxed{5}.";
    private const string MiddleThree = "\n\nHmm, I doubt it; the answer is \\boxed{9}.";

    // Correct: excluded from every underthinking measure, though it has a switch marker.
    private const string Correct = "The answer is \\boxed{5}.\n\nAlternatively, three more than two is five, so the answer is \\boxed{5}.";

    private static SampleAnalysis Analyze(string response) =>
        new ResponseAnalyzer(ApproximateTokenPositionMapper.Instance).Analyze(response, null, "stop",
            answer => answer.Trim() == "5", (a, b) => a.Trim() == b.Trim());

    private static EfficiencySample Sample(string response, bool correct) =>
        new(Analyze(response), correct, Easy: false, CompletionTokens: Approx.CountTokens(response));

    [Test]
    public void Measures_equal_the_hand_computation()
    {
        var abandoned = AbandonedOne + AbandonedTwo;
        var never = NeverOne + NeverTwo;
        var middle = MiddleOne + MiddleTwo + MiddleThree;
        var samples = new[] { Sample(abandoned, false), Sample(never, false), Sample(middle, false), Sample(Correct, true) };

        // 1 - T̂/T per incorrect response: T̂ the tokens to the end of the first correct round, T̂ = T when there is none.
        var abandonedTerm = 1.0 - (double)Approx.CountTokens(AbandonedOne) / Approx.CountTokens(abandoned);
        var neverTerm = 0.0;
        var middleTerm = 1.0 - (double)Approx.CountTokens(MiddleOne + MiddleTwo) / Approx.CountTokens(middle);
        Assert.That(abandonedTerm, Is.GreaterThan(0.3).And.LessThan(0.9), "the hand-made case is what it claims");
        Assert.That(middleTerm, Is.GreaterThan(0.1).And.LessThan(0.6));

        var result = UnderthinkingAggregator.Aggregate(samples);
        Assert.That(result.Keys, Is.EqualTo(UnderthinkingAggregator.Keys));
        Assert.That((double)result["underthinking_score"]!, Is.EqualTo((abandonedTerm + neverTerm + middleTerm) / 3).Within(1e-12));
        Assert.That((double)result["abandoned_correct_share"]!, Is.EqualTo(2.0 / 3).Within(1e-12));
        Assert.That((double)result["thought_switches_mean"]!, Is.EqualTo((2.0 + 1.0 + 0.0) / 3).Within(1e-12));

        Assert.That(samples.Select(s => s.Analysis.ThoughtSwitches), Is.EqualTo(new int?[] { 2, 1, 0, 1 }));
        Assert.That(samples.Select(s => s.Analysis.FirstCorrectRound), Is.EqualTo(new int?[] { 0, null, 1, 0 }));
    }

    [Test]
    public void Without_incorrect_responses_every_measure_is_null_and_old_records_give_no_switch_mean()
    {
        var correctOnly = UnderthinkingAggregator.Aggregate(new[] { Sample(Correct, true) });
        foreach (var key in UnderthinkingAggregator.Keys) Assert.That(correctOnly[key], Is.Null, key);

        // A record written before switches were counted has none: the mean is undefined, not 0.
        var old = new EfficiencySample(Analyze(AbandonedOne + AbandonedTwo) with { ThoughtSwitches = null }, false, false, 10);
        var result = UnderthinkingAggregator.Aggregate(new[] { old });
        Assert.That(result["thought_switches_mean"], Is.Null);
        Assert.That(result["abandoned_correct_share"], Is.EqualTo(1.0));
    }

    [Test]
    public void A_correct_final_answer_counts_nothing_even_after_a_wrong_round()
    {
        var result = UnderthinkingAggregator.Aggregate(new[] { Sample(MiddleOne + MiddleTwo, true) });
        Assert.That(result["underthinking_score"], Is.Null);
        Assert.That(UnderthinkingAggregator.Term(Sample(MiddleOne + MiddleTwo, true)), Is.EqualTo(0.0).Within(1e-12),
            "the response ends on its first correct round: nothing after it");
    }

    [TestCase("Alternatively, we could factor.", 1)]
    [TestCase("ALTERNATIVELY: use the formula. alternatively, guess.", 2)]
    [TestCase("Wait, let me try another approach.", 1)]
    [TestCase("Let me try a different method; on second thought, let me reconsider.", 3)]
    [TestCase("Wait, maybe the sign is wrong. Wait maybe not.", 2)]
    [TestCase("Instead, let's start over from the beginning.", 2)]
    [TestCase("Hmm, let me verify that another way.", 0)]
    [TestCase("Wait, let me double-check this.", 0)]
    [TestCase("Alternativelyish is not a word; alternative approaches differ.", 0)]
    [TestCase("", 0)]
    public void Switch_markers_are_the_documented_phrases(string text, int expected) =>
        Assert.That(ThoughtSwitchMarkers.Count(text), Is.EqualTo(expected));

    [Test]
    public void The_underthinking_component_declares_exactly_what_the_aggregator_computes() =>
        Assert.That(new UnderthinkingMetric().Declares.Select(d => d.Name), Is.EqualTo(UnderthinkingAggregator.Keys));

    [Test]
    public void The_efficiency_table_shows_them_after_the_overthinking_measures()
    {
        var cell = new Dictionary<string, object?>
        {
            ["outcome_efficiency"] = 0.5, ["process_efficiency"] = 0.75,
            ["underthinking_score"] = 0.2, ["abandoned_correct_share"] = 0.25, ["thought_switches_mean"] = 1.5,
        };
        var table = ResultTable.For(MetricCatalog.Default, MetricReaders.Efficiency, [cell]);
        Assert.That(table.Headers, Is.EqualTo(new[] { "outcome eff.", "process eff.", "underthinking", "abandoned correct", "switches (wrong)" }));
        Assert.That(table.Row(cell), Is.EqualTo(new[] { "50.0%", "75.0%", "20.0%", "25.0%", "1.50" }));
    }
}
