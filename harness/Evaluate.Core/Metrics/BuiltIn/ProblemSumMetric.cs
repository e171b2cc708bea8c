using Evaluate.Core.Running;

namespace Evaluate.Core.Metrics.BuiltIn;

/// <summary>A total over the cell's problems of one count of their records (attempts, retries, call errors, cache hits).</summary>
public sealed class ProblemSumMetric(MetricDescriptor metric, Func<ProblemRecord, long> value) : IMetric
{
    public MetricDescriptor Metric { get; } = metric;

    public IReadOnlyList<MetricDescriptor> Declares { get; } = [metric];

    public void Compute(CellFacts cell, MetricSink sink) => sink.Add(Metric, cell.Problems.Sum(value));
}
