namespace Evaluate.Reports.Statistics;

/// <summary>
/// The exact McNemar test for paired binary outcomes. Only discordant pairs carry information: under the null
/// hypothesis (no change) each of the b + c discordant problems is equally likely to have flipped either way, so the
/// smaller count follows Binomial(b + c, 1/2). Two-sided p = min(1, 2·P(X ≤ min(b, c))).
/// </summary>
public static class McNemarTest
{
    /// <param name="newlyWrong">b: problems right in the baseline and wrong in the candidate.</param>
    /// <param name="newlyRight">c: problems wrong in the baseline and right in the candidate.</param>
    public static double ExactPValue(int newlyWrong, int newlyRight)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(newlyWrong);
        ArgumentOutOfRangeException.ThrowIfNegative(newlyRight);
        var n = newlyWrong + newlyRight;
        if (n == 0) return 1.0;
        var tail = HalfBinomialLowerTail(n, Math.Min(newlyWrong, newlyRight));
        return Math.Min(1.0, 2 * tail);
    }

    /// <summary>
    /// The mid-p version (Lancaster 1961; Fagerland, Lydersen and Laake 2013): the probability of the observed split
    /// counts half, p = 2·[P(X ≤ min(b, c)) − ½·P(X = min(b, c))], capped at 1. It is closer to the nominal α than the
    /// exact test, which is conservative for few discordant pairs, at the price of not guaranteeing α.
    /// </summary>
    public static double MidPValue(int newlyWrong, int newlyRight)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(newlyWrong);
        ArgumentOutOfRangeException.ThrowIfNegative(newlyRight);
        var n = newlyWrong + newlyRight;
        if (n == 0) return 1.0;
        var x = Math.Min(newlyWrong, newlyRight);
        var tail = HalfBinomialLowerTail(n, x);
        var point = Math.Exp(-n * Math.Log(2) + LogChoose(n, x));
        return Math.Min(1.0, 2 * (tail - 0.5 * point));
    }

    private static double LogChoose(int n, int k)
    {
        var log = 0.0;
        for (var i = 1; i <= k; i++) log += Math.Log((double)(n - k + i) / i);
        return log;
    }

    /// <summary>
    /// P(X ≤ x) for X ~ Binomial(n, 1/2), summed in log space: 2^-n underflows beyond n ≈ 1074 discordant problems,
    /// which a large suite reaches.
    /// </summary>
    public static double HalfBinomialLowerTail(int n, int x)
    {
        var logTerm = -n * Math.Log(2); // log C(n, 0) 2^-n
        var logSum = logTerm;
        for (var i = 1; i <= x; i++)
        {
            logTerm += Math.Log((double)(n - i + 1) / i);
            var high = Math.Max(logSum, logTerm);
            logSum = high + Math.Log(Math.Exp(logSum - high) + Math.Exp(logTerm - high));
        }
        return Math.Min(1.0, Math.Exp(logSum));
    }
}
