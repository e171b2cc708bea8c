namespace Evaluate.Core.Metrics.BuiltIn;

/// <summary>maj@k's expectation over random k-subsets of the n samples (seeded by problem id, so it is reproducible).</summary>
public sealed class ExpectedMajorityAtKMetric : IAtKMetric
{
    public static readonly MetricDescriptor Expected = new("maj@{k}_expected", MetricDirection.HigherIsBetter, MetricKind.Proportion,
        "maj@{k} expected over random {k}-subsets");

    public IReadOnlyList<MetricDescriptor> Declares { get; } = [Expected];

    public void ComputeAt(CellFacts cell, int k, MetricSink sink) =>
        sink.Add(Expected, CellFacts.MeanOrNull(cell.Votes.Select(v => MajorityVote.ExpectedOverSubsets(v.Classes, v.Correct, k, v.Seed))), k);
}
