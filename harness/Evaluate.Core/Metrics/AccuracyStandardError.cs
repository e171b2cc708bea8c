namespace Evaluate.Core.Metrics;

/// <summary>
/// The standard error of accuracy (the mean over P problems of each problem's score) and its two parts, after Miller
/// (2024), "Adding Error Bars to Evals: A Statistical Approach to Language Model Evaluations" (arXiv 2411.00640), §2 and §3.2:
/// <list type="bullet">
/// <item><c>total</c> = sd(s_i) / √P, sd with P − 1 (the CLT standard error over problems; it holds both parts, since
/// a problem's observed score varies with the problem and with its own sampling);</item>
/// <item><c>sampling</c> = √(Σ_i p̂_i(1 − p̂_i)/(n_i − 1)) / P, where p̂_i = c_i/n_i from n_i samples:
/// p̂_i(1 − p̂_i)·n_i/(n_i − 1) is the unbiased estimate of a problem's Bernoulli variance, divided by n_i for the
/// variance of its mean; what more samples per problem would remove. A problem with one sample adds 0 (nothing to
/// estimate it from: greedy decoding's sampling part is 0);</item>
/// <item><c>problems</c> = √max(0, total² − sampling²): the part due to which problems were drawn, which no number of
/// samples removes (Miller's Var(x)/n).</item>
/// </list>
/// The sampling part needs each score to be a sample mean; for a strategy that selects one answer from several samples
/// (a vote) a problem's score is one outcome, whose variance one vote cannot estimate, so sampling and problems are null.
/// </summary>
public static class AccuracyStandardError
{
    public readonly record struct Parts(double? Total, double? Sampling, double? Problems);

    /// <param name="problems">Per scored problem: its score, samples n, correct samples c, and whether the score is one selected answer.</param>
    public static Parts Of(IReadOnlyList<(double Score, int N, int C, bool Selected)> problems)
    {
        var count = problems.Count;
        if (count < 2) return new Parts(null, null, null);
        var mean = problems.Average(p => p.Score);
        var squares = problems.Sum(p => (p.Score - mean) * (p.Score - mean));
        var total = Math.Sqrt(squares / (count - 1) / count);
        if (problems.Any(p => p.Selected && p.N > 1)) return new Parts(total, null, null);
        double within = 0;
        foreach (var (_, n, c, _) in problems)
        {
            if (n < 2) continue;
            var rate = (double)c / n;
            within += rate * (1 - rate) / (n - 1);
        }
        var sampling = Math.Sqrt(within) / count;
        return new Parts(total, sampling, Math.Sqrt(Math.Max(0, total * total - sampling * sampling)));
    }
}
