namespace Evaluate.Reports.Statistics;

/// <summary>
/// Minimal detectable effects and sample sizes for the gate's paired tests, from the baseline alone (so a suite can be
/// sized before the candidate exists): MDE = z · σ_d / √N with z = z₁₋α/₂ + z_power, where σ_d is the standard
/// deviation of a problem's candidate − baseline difference, planned three ways by the metric's shape:
/// <list type="bullet">
/// <item><b>pure drop</b> (one binary outcome per problem, a deterministic cell: reruns agree, so every discordant
/// problem is a change). A drop δ flips a share δ of problems one way, σ_d² = δ − δ² ≈ δ (Connor 1987), so
/// δ = z·√δ/√N gives MDE = z²/N and N = z²/δ.</item>
/// <item><b>sample share</b> (the value is the share of a problem's n samples that are correct: accuracy of a sampled
/// cell, pass@1). A rerun redraws the samples: each problem's share has variance pᵢ(1 − pᵢ)/n, so two runs differ by
/// σ_d² = 2w/n with w the baseline's mean of p̂ᵢ(1 − p̂ᵢ)·n/(n − 1) (unbiased). More problems or more samples both
/// help: N = 2w z²/(n δ²), n = 2w z²/(N δ²). When no problem is mixed (w = 0) the floor is the pure drop over
/// N·n samples, z²/(N·n).</item>
/// <item><b>independent runs</b> (anything else: pass@k, maj@k of sampled cells, tokens). σ_d² = 2·s², s² the
/// variance of the baseline's per-problem values — the spread of two independent runs, an upper bound for a paired
/// rerun (pairing removes the between-problem part it shares); only more problems help.</item>
/// </list>
/// </summary>
public static class PowerPlanner
{
    public const double DefaultPower = MinimalDetectableEffect.DefaultPower;

    private static double Z(double alpha, double power) => MinimalDetectableEffect.Z(alpha, power);

    public static PowerEstimate PureDrop(int problems, double tolerance, double alpha, double power = DefaultPower)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(problems, 1);
        var z2 = Math.Pow(Z(alpha, power), 2);
        return new PowerEstimate(z2 / problems, tolerance > 0 ? Ceiling(z2 / tolerance) : null, null, "pure drop (deterministic 0/1 outcomes)");
    }

    /// <param name="shares">The baseline's per-problem shares of correct samples.</param>
    public static PowerEstimate SampleShare(IReadOnlyList<double> shares, int samples, double tolerance, double alpha, double power = DefaultPower)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shares.Count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 2);
        var problems = shares.Count;
        var z = Z(alpha, power);
        var w = shares.Average(p => p * (1 - p)) * samples / (samples - 1.0);
        if (w <= 0)
        {
            var floor = z * z / (problems * samples);
            return new PowerEstimate(floor, tolerance > 0 ? Ceiling(z * z / (samples * tolerance)) : null,
                tolerance > 0 ? Ceiling(z * z / (problems * tolerance)) : null, $"sample share (n = {samples}, no mixed problem: pure-drop floor)");
        }
        var mde = z * Math.Sqrt(2 * w / samples / problems);
        return new PowerEstimate(mde,
            tolerance > 0 ? Ceiling(2 * w * z * z / (samples * tolerance * tolerance)) : null,
            tolerance > 0 ? Ceiling(2 * w * z * z / (problems * tolerance * tolerance)) : null,
            $"sample share (n = {samples})");
    }

    public static PowerEstimate IndependentRuns(IReadOnlyList<double> baseline, double tolerance, double alpha, double power = DefaultPower)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(baseline.Count, 1);
        var z = Z(alpha, power);
        var variance = 2 * Math.Pow(SampleStatistics.StandardDeviation(baseline), 2);
        return new PowerEstimate(MinimalDetectableEffect.Of(Math.Sqrt(variance), baseline.Count, alpha, power)!.Value,
            tolerance > 0 ? Math.Max(1, Ceiling(z * z * variance / (tolerance * tolerance))) : null, null, "independent runs (2 × the baseline's variance)");
    }

    private static int Ceiling(double value) => value >= int.MaxValue ? int.MaxValue : (int)Math.Ceiling(value - 1e-9);
}
