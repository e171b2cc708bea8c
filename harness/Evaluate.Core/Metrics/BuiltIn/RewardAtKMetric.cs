namespace Evaluate.Core.Metrics.BuiltIn;

/// <summary>The reward model's top-scored of the first k samples; only for cells whose samples carry reward scores.</summary>
public sealed class RewardAtKMetric : IAtKMetric
{
    public static readonly MetricDescriptor RmAtK = new("rm@{k}", MetricDirection.HigherIsBetter, MetricKind.Proportion,
        "the reward model's top-scored of the first {k}", Readers: MetricReaders.Headline);

    public IReadOnlyList<MetricDescriptor> Declares { get; } = [RmAtK];

    public void ComputeAt(CellFacts cell, int k, MetricSink sink)
    {
        if (!cell.HasRewardScores) return;
        sink.Add(RmAtK, CellFacts.MeanOrNull(cell.ScoredSamples.Select(s => RewardSelection.RewardAtK(cell.Samples, s, k, cell.StepAggregation))), k);
    }
}
