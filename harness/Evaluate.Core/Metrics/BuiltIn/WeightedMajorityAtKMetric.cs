namespace Evaluate.Core.Metrics.BuiltIn;

/// <summary>Reward-weighted vote over the first k samples; only for cells whose samples carry reward scores.</summary>
public sealed class WeightedMajorityAtKMetric : IAtKMetric
{
    public static readonly MetricDescriptor WmajAtK = new("wmaj@{k}", MetricDirection.HigherIsBetter, MetricKind.Proportion,
        "reward-weighted vote over the first {k}", Readers: MetricReaders.Headline);

    public IReadOnlyList<MetricDescriptor> Declares { get; } = [WmajAtK];

    public void ComputeAt(CellFacts cell, int k, MetricSink sink)
    {
        if (!cell.HasRewardScores) return;
        sink.Add(WmajAtK, CellFacts.MeanOrNull(cell.ScoredSamples.Select(s => RewardSelection.WeightedMajorityAtK(cell.Samples, s, k, cell.StepAggregation))), k);
    }
}
