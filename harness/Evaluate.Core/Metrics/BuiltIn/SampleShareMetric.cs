namespace Evaluate.Core.Metrics.BuiltIn;

/// <summary>The share of a cell's samples with one property (truncated, no answer, ungradable); null without samples.</summary>
public sealed class SampleShareMetric(MetricDescriptor metric, Func<SampleFacts, bool> counts) : IMetric
{
    public MetricDescriptor Metric { get; } = metric;

    public IReadOnlyList<MetricDescriptor> Declares { get; } = [metric];

    public void Compute(CellFacts cell, MetricSink sink) =>
        sink.Add(Metric, cell.Samples.Count == 0 ? null : cell.Samples.Count(counts) / (double)cell.Samples.Count);
}
