using Evaluate.Core.Analysis;

namespace Evaluate.Core.Metrics.BuiltIn;

/// <summary>
/// The overthinking measures (Chen et al. 2024) over the cell's analysed samples, in one pass
/// (<see cref="EfficiencyAggregator"/>); docs/overthinking.md defines each.
/// </summary>
public sealed class OverthinkingMetric : IMetric
{
    public static readonly MetricDescriptor OutcomeEfficiency = new("outcome_efficiency", MetricDirection.HigherIsBetter, MetricKind.Proportion,
        "tokens up to the first correct solution over all tokens (Chen et al. 2024)", Readers: MetricReaders.Efficiency | MetricReaders.Compare, Label: "outcome eff.");
    public static readonly MetricDescriptor ProcessEfficiency = new("process_efficiency", MetricDirection.HigherIsBetter, MetricKind.Proportion,
        "tokens of solutions adding a new answer or method (new quantities or operations, not new words) over all tokens", Readers: MetricReaders.Efficiency | MetricReaders.Compare, Label: "process eff.");
    public static readonly MetricDescriptor Rounds = new("solution_rounds_mean", MetricDirection.Neutral, MetricKind.Ratio,
        "solutions stated per response", Readers: MetricReaders.Efficiency, Label: "rounds");
    public static readonly MetricDescriptor TokensAfterFirstCorrect = new("tokens_after_first_correct_mean", MetricDirection.LowerIsBetter, MetricKind.Tokens,
        "tokens spent after the first correct solution", Readers: MetricReaders.Efficiency, Label: "tokens after 1st correct");
    public static readonly MetricDescriptor FirstCorrectRoundShare = new("first_correct_round_share", MetricDirection.HigherIsBetter, MetricKind.Proportion,
        "correct responses whose first solution is correct", Readers: MetricReaders.Efficiency, Label: "1st round correct");
    public static readonly MetricDescriptor EasyToHardTokenRatio = new("easy_to_hard_token_ratio", MetricDirection.LowerIsBetter, MetricKind.Ratio,
        "mean completion tokens on easy over hard problems", Readers: MetricReaders.Efficiency, Label: "easy/hard tokens");
    public static readonly MetricDescriptor TruncationRate = new("truncation_rate", MetricDirection.LowerIsBetter, MetricKind.Proportion,
        "responses cut at the token limit (efficiency view)", Readers: MetricReaders.Efficiency, Label: "truncated");
    public static readonly MetricDescriptor AccuracyWhenTruncated = new("accuracy_when_truncated", MetricDirection.HigherIsBetter, MetricKind.Proportion,
        "accuracy of truncated responses");
    public static readonly MetricDescriptor MarkerCounts = new("marker_counts", MetricDirection.Neutral, MetricKind.Table, "reflection markers per response");

    public IReadOnlyList<MetricDescriptor> Declares { get; } =
        [OutcomeEfficiency, ProcessEfficiency, Rounds, TokensAfterFirstCorrect, FirstCorrectRoundShare, EasyToHardTokenRatio, TruncationRate, AccuracyWhenTruncated, MarkerCounts];

    public void Compute(CellFacts cell, MetricSink sink)
    {
        var values = EfficiencyAggregator.Aggregate(cell.Samples.Where(s => s.HasAnalysis));
        // The aggregator's keys are these declarations' names, in this order (a test holds them together).
        foreach (var declared in Declares) sink.Add(declared, values[declared.Name]);
    }

    public Func<ProblemFacts, double?>? PerProblem(MetricDescriptor metric, int? k)
    {
        if (metric == OutcomeEfficiency) return p => MeanOfAnalysed(p, s => s.OutcomeEfficiency);
        if (metric == ProcessEfficiency) return p => MeanOfAnalysed(p, s => s.ProcessEfficiency);
        return null;
    }

    private static double? MeanOfAnalysed(ProblemFacts problem, Func<SampleFacts, double> value)
    {
        double sum = 0;
        var count = 0;
        foreach (var sample in problem.Samples)
        {
            if (!sample.HasAnalysis) continue;
            sum += value(sample);
            count++;
        }
        return count == 0 ? null : sum / count;
    }
}
