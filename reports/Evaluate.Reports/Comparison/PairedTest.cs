using Evaluate.Core.Metrics;
using Evaluate.Reports.Statistics;

namespace Evaluate.Reports.Comparison;

/// <summary>
/// The test of a metric's change, chosen by what its per-problem values are: a proportion that is one 0/1 outcome per
/// problem in both runs (greedy accuracy, maj@k, pass@k at k = n) gets the exact McNemar test on the discordant
/// problems (mid-p when asked); anything else (a share over n samples, unbiased pass@k estimates, token counts) gets
/// the paired sign-flip permutation test on the per-problem differences — on log(1 + x) when asked, so a few very
/// long answers do not dominate a token comparison. Values are per problem (one per problem id, never per sample).
/// </summary>
public static class PairedTest
{
    public static bool IsBinary(MetricDescriptor metric, IReadOnlyList<double> baseline, IReadOnlyList<double> candidate) =>
        metric.Kind == MetricKind.Proportion && baseline.All(v => v is 0 or 1) && candidate.All(v => v is 0 or 1);

    public static (double PValue, string Test) Run(MetricDescriptor metric, double[] baseline, double[] candidate, PairedTestOptions? options = null)
    {
        options ??= PairedTestOptions.Default;
        if (IsBinary(metric, baseline, candidate))
        {
            int down = 0, up = 0;
            for (var i = 0; i < baseline.Length; i++)
            {
                if (baseline[i] > candidate[i]) down++;
                else if (baseline[i] < candidate[i]) up++;
            }
            return options.MidP ? (McNemarTest.MidPValue(down, up), "mcnemar-mid-p") : (McNemarTest.ExactPValue(down, up), "mcnemar");
        }
        var differences = new double[baseline.Length];
        for (var i = 0; i < differences.Length; i++)
            differences[i] = options.Log ? Log(candidate[i]) - Log(baseline[i]) : candidate[i] - baseline[i];
        var result = SignFlipTest.Run(differences);
        return (result.PValue, options.Log ? result.Name + "-log" : result.Name);
    }

    /// <summary>log(1 + x): defined at 0 tokens; a negative value (which no count has) is clamped to 0.</summary>
    public static double Log(double value) => Math.Log(1 + Math.Max(0, value));
}
