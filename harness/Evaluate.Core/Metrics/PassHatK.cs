namespace Evaluate.Core.Metrics;

/// <summary>
/// The unbiased pass^k estimator (Yao et al. 2024, τ-bench; Inspect's pass^k) for one problem: the chance that k samples
/// drawn without replacement from its n are all correct, C(c, k) / C(n, k). Where pass@k asks "does any of k succeed",
/// pass^k asks "do all k succeed": how reliably a model repeats its answer, not how often it finds it.
/// </summary>
public static class PassHatK
{
    /// <summary>
    /// C(c, k) / C(n, k) as prod_{i=0..k-1} (c - i) / (n - i): each factor lies in [0, 1], so n = 64 (C(64, 32) ≈ 1.8e18)
    /// never overflows, and 0 comes out exactly when c &lt; k (a factor is 0). Null when n &lt; k: the estimate is
    /// undefined and must be reported as missing, not as 0.
    /// </summary>
    public static double? Estimate(int n, int c, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(c);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(c, n);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        if (n < k) return null;
        if (c < k) return 0.0;
        var product = 1.0;
        for (var i = 0; i < k; i++) product *= (double)(c - i) / (n - i);
        return product;
    }

    /// <summary>Mean over problems; null when any problem has fewer than k samples (as pass@k).</summary>
    public static double? Mean(IEnumerable<(int N, int Correct)> problems, int k) =>
        CellFacts.MeanOrNull(problems.Select(p => Estimate(p.N, p.Correct, k)));
}
