using System.Text.Json.Serialization;

namespace Evaluate.Reports.Calibration;

/// <summary>
/// The exact (Clopper-Pearson) confidence interval of a binomial proportion: the rates at which the observed count
/// would be just significant in either tail. Conservative (coverage at least the level), which is what a claim like
/// "false alarms ≤ 5%" needs. Found by bisection on the binomial tails, so no beta quantile is needed.
/// </summary>
public sealed record BinomialInterval(
    [property: JsonPropertyName("successes")] int Successes,
    [property: JsonPropertyName("trials")] int Trials,
    [property: JsonPropertyName("rate")] double Rate,
    [property: JsonPropertyName("low")] double Low,
    [property: JsonPropertyName("high")] double High,
    [property: JsonPropertyName("level")] double Level,
    [property: JsonPropertyName("method")] string Method)
{
    public static BinomialInterval ClopperPearson(int successes, int trials, double level = 0.95)
    {
        if (trials <= 0) throw new ArgumentOutOfRangeException(nameof(trials), "an interval needs at least one trial");
        if (successes < 0 || successes > trials) throw new ArgumentOutOfRangeException(nameof(successes), $"{successes} successes of {trials} trials");
        var tail = (1 - level) / 2;
        // Low: P(X ≥ x | p) = tail, increasing in p. High: P(X ≤ x | p) = tail, decreasing in p.
        var low = successes == 0 ? 0 : Bisect(p => 1 - Cdf(successes - 1, trials, p) - tail, increasing: true);
        var high = successes == trials ? 1 : Bisect(p => Cdf(successes, trials, p) - tail, increasing: false);
        return new BinomialInterval(successes, trials, (double)successes / trials, low, high, level, "clopper-pearson");
    }

    /// <summary>P(X ≤ x) for X ~ Binomial(n, p), summed in log space so large n does not underflow.</summary>
    public static double Cdf(int x, int n, double p)
    {
        if (x < 0) return 0;
        if (x >= n) return 1;
        if (p <= 0) return 1;
        if (p >= 1) return 0;
        double sum = 0;
        for (var k = 0; k <= x; k++)
            sum += Math.Exp(LogChoose(n, k) + k * Math.Log(p) + (n - k) * Math.Log(1 - p));
        return Math.Min(1, sum);
    }

    private static double LogChoose(int n, int k)
    {
        double value = 0;
        for (var i = 1; i <= k; i++) value += Math.Log(n - k + i) - Math.Log(i);
        return value;
    }

    private static double Bisect(Func<double, double> f, bool increasing)
    {
        double lo = 0, hi = 1;
        for (var i = 0; i < 100; i++)
        {
            var mid = (lo + hi) / 2;
            if (f(mid) < 0 == increasing) lo = mid;
            else hi = mid;
        }
        return (lo + hi) / 2;
    }
}
