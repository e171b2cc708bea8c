using Evaluate.Core.Metrics;

namespace Evaluate.Reports.Comparison;

/// <summary>
/// A summary metric that can be recomputed per problem, so two runs can be compared problem by problem. The cell's
/// figure is the mean of these per-problem values (as the metric component declares), and its declaration gives its direction.
/// </summary>
public sealed record PairedMetric(MetricDescriptor Descriptor, Func<ProblemFacts, double?> PerProblem)
{
    public string Name => Descriptor.Name;
}
