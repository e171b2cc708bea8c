namespace Evaluate.Core.Metrics;

/// <summary>The unbiased pass@k estimator of Chen et al. (2021) for one problem.</summary>
public static class PassAtK
{
    /// <summary>
    /// 1 - C(n-c, k) / C(n, k), computed as 1 - prod_{i=n-c+1..n} (1 - k/i) for numerical stability.
    /// Returns null when n &lt; k: the estimate is undefined and must be reported as missing, not as 0.
    /// </summary>
    public static double? Estimate(int n, int c, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(c);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(c, n);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        if (n < k) return null;
        if (n - c < k) return 1.0;
        var product = 1.0;
        for (var i = n - c + 1; i <= n; i++) product *= 1.0 - (double)k / i;
        return 1.0 - product;
    }

    /// <summary>Mean over problems; null when any problem has fewer than k samples.</summary>
    public static double? Mean(IEnumerable<(int N, int Correct)> problems, int k)
    {
        double sum = 0;
        var count = 0;
        foreach (var (n, c) in problems)
        {
            var e = Estimate(n, c, k);
            if (e is null) return null;
            sum += e.Value;
            count++;
        }
        return count == 0 ? null : sum / count;
    }
}
