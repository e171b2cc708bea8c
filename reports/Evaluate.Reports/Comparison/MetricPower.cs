using Evaluate.Core.Metrics;
using Evaluate.Reports.Statistics;

namespace Evaluate.Reports.Comparison;

/// <summary>
/// Picks the variance model of <see cref="PowerPlanner"/> for one metric of one baseline cell by the shape of its
/// per-problem values: one 0/1 outcome per problem of a deterministic cell → pure drop; the share of n correct samples
/// (every problem has the same n ≥ 2 and its value is correct/n) → sample share; anything else → independent runs.
/// </summary>
public static class MetricPower
{
    /// <param name="baseline">The baseline's per-problem values (on the log(1 + x) scale when <paramref name="log"/>).</param>
    /// <param name="correct">Correct samples per problem, parallel to <paramref name="baseline"/>.</param>
    /// <param name="samples">Samples per problem, parallel to <paramref name="baseline"/>.</param>
    /// <param name="tolerance">The largest tolerated worsening in the units of <paramref name="baseline"/>.</param>
    public static PowerEstimate? Plan(MetricDescriptor metric, IReadOnlyList<double> baseline, IReadOnlyList<int> correct, IReadOnlyList<int> samples,
        bool deterministic, double tolerance, double alpha, double power = PowerPlanner.DefaultPower, bool log = false)
    {
        if (baseline.Count == 0) return null;
        if (!log && deterministic && PairedTest.IsBinary(metric, baseline, baseline))
            return PowerPlanner.PureDrop(baseline.Count, tolerance, alpha, power);
        if (!log && SharedSampleCount(baseline, correct, samples) is { } n)
            return PowerPlanner.SampleShare(baseline, n, tolerance, alpha, power);
        return PowerPlanner.IndependentRuns(baseline, tolerance, alpha, power);
    }

    /// <summary>n when every problem has n ≥ 2 samples and its value is its share of correct ones; else null.</summary>
    private static int? SharedSampleCount(IReadOnlyList<double> baseline, IReadOnlyList<int> correct, IReadOnlyList<int> samples)
    {
        if (samples.Count != baseline.Count || samples.Count == 0 || samples[0] < 2) return null;
        var n = samples[0];
        for (var i = 0; i < baseline.Count; i++)
            if (samples[i] != n || Math.Abs(baseline[i] - (double)correct[i] / n) > 1e-12) return null;
        return n;
    }
}
