using Evaluate.Core.Search;

namespace Evaluate.Core.Metrics.BuiltIn;

/// <summary>
/// A k-indexed family that selects among the first k samples by their reward scores (rm@k: the top-scored one;
/// wmaj@k: the reward-weighted vote), mean over problems; only for cells whose samples carry reward scores.
/// </summary>
public sealed class RewardSelectionAtKMetric(MetricDescriptor family, RewardSelectionAtKMetric.Select select) : IAtKMetric
{
    /// <summary>One problem's value at k: its sample indices into the cell's facts, k, and how step scores combine.</summary>
    public delegate double? Select(IReadOnlyList<SampleFacts> facts, IReadOnlyList<int> problem, int k, StepAggregation aggregation);

    public static readonly MetricDescriptor RmAtK = new("rm@{k}", MetricDirection.HigherIsBetter, MetricKind.Proportion,
        "the reward model's top-scored of the first {k}", Readers: MetricReaders.Headline);

    public static readonly MetricDescriptor WmajAtK = new("wmaj@{k}", MetricDirection.HigherIsBetter, MetricKind.Proportion,
        "reward-weighted vote over the first {k}", Readers: MetricReaders.Headline);

    public MetricDescriptor Family { get; } = family;

    public IReadOnlyList<MetricDescriptor> Declares { get; } = [family];

    public void ComputeAt(CellFacts cell, int k, MetricSink sink)
    {
        if (!cell.HasRewardScores) return;
        sink.Add(Family, CellFacts.MeanOrNull(cell.ScoredSamples.Select(s => select(cell.Samples, s, k, cell.StepAggregation))), k);
    }
}
