namespace Evaluate.Core.Metrics;

/// <summary>
/// The Wilson score interval of a binomial proportion at 95% (z = 1.96): unlike the normal approximation it stays inside
/// [0, 1] and keeps its coverage for small counts and shares near 0 or 1, which is where judge agreement lives.
/// </summary>
public static class WilsonInterval
{
    private const double Z = 1.959963984540054;

    /// <summary>The interval of <paramref name="successes"/> out of <paramref name="trials"/>; null without trials.</summary>
    public static (double Low, double High)? Ci95(long successes, long trials)
    {
        if (trials <= 0 || successes < 0 || successes > trials) return null;
        var n = (double)trials;
        var p = successes / n;
        var z2 = Z * Z;
        var centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        var half = Z * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
