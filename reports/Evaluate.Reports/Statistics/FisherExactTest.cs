namespace Evaluate.Reports.Statistics;

/// <summary>
/// Fisher's exact test of a drop in a success rate, one-sided: c_b successes of n_b trials in the baseline against c_c
/// of n_c in the candidate. Conditional on the total successes t = c_b + c_c, the baseline's share X of them is
/// hypergeometric (N = n_b + n_c, t successes, n_b draws) when the two rates are equal; p = P(X ≥ c_b).
/// </summary>
public static class FisherExactTest
{
    public static double DropPValue(int baselineSuccesses, int baselineTrials, int candidateSuccesses, int candidateTrials)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(baselineSuccesses);
        ArgumentOutOfRangeException.ThrowIfNegative(candidateSuccesses);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(baselineSuccesses, baselineTrials);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(candidateSuccesses, candidateTrials);
        var total = baselineSuccesses + candidateSuccesses;
        var trials = baselineTrials + candidateTrials;
        var high = Math.Min(total, baselineTrials);
        var p = 0.0;
        for (var x = baselineSuccesses; x <= high; x++)
            p += Math.Exp(LogChoose(baselineTrials, x) + LogChoose(candidateTrials, total - x) - LogChoose(trials, total));
        return Math.Min(1.0, p);
    }

    /// <summary>The smallest p a problem with these sample counts can reach: every success in the baseline, n_b of them.</summary>
    public static double SmallestPValue(int baselineTrials, int candidateTrials) =>
        baselineTrials == 0 ? 1.0 : Math.Exp(-LogChoose(baselineTrials + candidateTrials, baselineTrials));

    public static double LogChoose(int n, int k)
    {
        if (k < 0 || k > n) return double.NegativeInfinity;
        k = Math.Min(k, n - k);
        var log = 0.0;
        for (var i = 1; i <= k; i++) log += Math.Log((double)(n - k + i) / i);
        return log;
    }
}
