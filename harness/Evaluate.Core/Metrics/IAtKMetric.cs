namespace Evaluate.Core.Metrics;

/// <summary>
/// A k-indexed metric family (pass@k, maj@k…). The cell's k values are walked once, and at each k every registered
/// family writes its value in registration order (pass@1, maj@1, …, pass@2, maj@2, …), as summary.json lists them.
/// </summary>
public interface IAtKMetric : IMetric
{
    void ComputeAt(CellFacts cell, int k, MetricSink sink);

    void IMetric.Compute(CellFacts cell, MetricSink sink) { }
}
