namespace Evaluate.Reports.Statistics;

/// <summary>
/// Paired bootstrap over problems: resample problem indices with replacement and recompute the mean per-problem
/// difference (candidate − baseline), keeping each problem's two values together so their correlation is respected.
/// The 95% interval is the 2.5th and 97.5th percentiles of the resampled means. The two-sided p-value shifts the
/// resampled means to the null (mean difference 0): p = (1 + #{|d*ᵦ − d̂| ≥ |d̂|}) / (B + 1), the usual bootstrap
/// test of Efron and Tibshirani (1993, §16.4); the +1s keep it from ever being 0 with finitely many resamples.
/// Compare and the gate take only the interval from here; their p-values come from <see cref="Comparison.PairedTest"/>.
/// </summary>
public static class PairedBootstrap
{
    /// <summary>Resamples used by compare and gate: enough for p-values near 0.05 to be stable to about ±0.005.</summary>
    public const int DefaultResamples = 4000;

    /// <summary>Fixed, so the same pair of runs always gives the same p-value and the gate never flickers.</summary>
    public const int DefaultSeed = 20_241_130;

    public static PairedBootstrapResult Run(IReadOnlyList<double> baseline, IReadOnlyList<double> candidate,
        int resamples = DefaultResamples, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(candidate);
        if (baseline.Count != candidate.Count) throw new ArgumentException("paired values must have equal counts");
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        var n = baseline.Count;
        if (n == 0) return new PairedBootstrapResult(0, 0, 0, 1, 0);
        var differences = new double[n];
        for (var i = 0; i < n; i++) differences[i] = candidate[i] - baseline[i];
        var observed = differences.Average();

        var random = new SplitMix64((ulong)seed);
        var means = new double[resamples];
        var extreme = 0;
        for (var b = 0; b < resamples; b++)
        {
            double sum = 0;
            // Lemire's multiply-shift maps a 32-bit draw onto 0..n−1 without a division (bias below n/2^32).
            for (var i = 0; i < n; i++) sum += differences[(int)(((random.Next() >> 32) * (ulong)n) >> 32)];
            means[b] = sum / n;
            // A tiny tolerance so a resample equal to the observed mean up to rounding counts as "as extreme".
            if (Math.Abs(means[b] - observed) >= Math.Abs(observed) - 1e-12) extreme++;
        }
        Array.Sort(means);
        var pValue = observed == 0 ? 1.0 : (1.0 + extreme) / (resamples + 1.0);
        return new PairedBootstrapResult(observed, Percentile(means, 0.025), Percentile(means, 0.975), Math.Min(1.0, pValue), resamples);
    }

    /// <summary>Linear interpolation between order statistics (the same rule as the summary's quantiles).</summary>
    public static double Percentile(double[] sorted, double q)
    {
        if (sorted.Length == 1) return sorted[0];
        var position = q * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
    }
}
