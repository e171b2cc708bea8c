namespace Evaluate.Reports.Statistics;

/// <summary>
/// The smallest true mean difference a paired comparison of n problems detects with the given power at two-sided
/// level α, from the normal approximation to a paired test: MDE = (z₁₋α/₂ + z_power) · σ_d / √n, where σ_d is the
/// standard deviation of the per-problem differences. For paired proportions σ_d² = ψ − δ² with ψ the share of
/// discordant problems (Connor 1987); at δ near 0 this is √ψ, which is what the observed differences give.
/// When the two runs agree on every problem (σ_d = 0) the observed spread says nothing about a future change, so the
/// planning value falls back to independent runs: σ_d² = σ_baseline² + σ_candidate².
/// </summary>
public static class MinimalDetectableEffect
{
    public const double DefaultPower = 0.8;

    public static double? Of(double standardDeviation, int n, double alpha, double power = DefaultPower) =>
        n <= 0 ? null : Z(alpha, power) * standardDeviation / Math.Sqrt(n);

    /// <summary>z₁₋α/₂ + z_power: the multiplier of σ_d / √n in every minimal detectable effect (also <see cref="PowerPlanner"/>'s).</summary>
    public static double Z(double alpha, double power)
    {
        if (alpha is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "α must lie strictly between 0 and 1");
        if (power is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(power), power, "power must lie strictly between 0 and 1");
        return NormalQuantile.Of(1 - alpha / 2) + NormalQuantile.Of(power);
    }

    /// <summary>The MDE of a pair of per-problem value lists, with the planning fallback described above.</summary>
    public static double? OfPaired(IReadOnlyList<double> baseline, IReadOnlyList<double> candidate, double alpha, double power = DefaultPower)
    {
        var n = baseline.Count;
        if (n == 0) return null;
        var sd = SampleStatistics.StandardDeviation(baseline.Zip(candidate, (b, c) => c - b).ToList());
        if (sd == 0)
            sd = Math.Sqrt(Math.Pow(SampleStatistics.StandardDeviation(baseline), 2) + Math.Pow(SampleStatistics.StandardDeviation(candidate), 2));
        return Of(sd, n, alpha, power);
    }
}
