namespace Evaluate.Core.Metrics;

/// <summary>One metric as summary.json names it, with what a reader needs to compare or show it.</summary>
/// <param name="Ci">The metric holding this one's 95% interval (accuracy → accuracy_ci95), or null.</param>
/// <param name="IntervalOf">For an interval metric, the metric it bounds.</param>
public sealed record MetricDescriptor(string Name, MetricDirection Direction, MetricKind Kind, string Description, string? Ci = null, string? IntervalOf = null)
{
    /// <summary>True when a rise of <paramref name="delta"/> is an improvement; false for neutral metrics.</summary>
    public bool Improves(double delta) => Direction switch
    {
        MetricDirection.HigherIsBetter => delta > 0,
        MetricDirection.LowerIsBetter => delta < 0,
        _ => false,
    };
}
