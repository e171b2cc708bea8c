namespace Evaluate.Core.Metrics;

/// <summary>
/// 95% percentile bootstrap over problems (2000 resamples, fixed seed): works for binary and fractional
/// per-problem scores alike, and the fixed seed keeps summary.json reproducible.
/// </summary>
public static class BootstrapInterval
{
    public const int Resamples = 2000;

    public static (double Low, double High)? Ci95(IReadOnlyList<double> perProblem, int seed = 20241221)
    {
        var n = perProblem.Count;
        if (n == 0) return null;
        var random = new Random(seed);
        var means = new double[Resamples];
        for (var r = 0; r < Resamples; r++)
        {
            double sum = 0;
            for (var i = 0; i < n; i++) sum += perProblem[random.Next(n)];
            means[r] = sum / n;
        }
        Array.Sort(means);
        return (Quantiles.OfSorted(means, 0.025), Quantiles.OfSorted(means, 0.975));
    }
}
