namespace Evaluate.Core.Metrics.BuiltIn;

/// <summary>The network's share, apart from the compute figures (which count answered calls only).</summary>
public sealed class ErrorShareMetric : IMetric
{
    public static readonly MetricDescriptor ErrorShare = new("error_share", MetricDirection.LowerIsBetter, MetricKind.Proportion, "problems whose model calls failed, of all problems");

    public IReadOnlyList<MetricDescriptor> Declares { get; } = [ErrorShare];

    public void Compute(CellFacts cell, MetricSink sink) =>
        sink.Add(ErrorShare, cell.Problems.Count == 0 ? null : (cell.Problems.Count - cell.Scored.Count) / (double)cell.Problems.Count);
}
