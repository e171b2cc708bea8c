using Evaluate.Core.Metrics;
using Evaluate.Core.Metrics.BuiltIn;
using Evaluate.Reports.Comparison;
using Evaluate.Reports.Statistics;

namespace Evaluate.Tests.Reports;

/// <summary>Which test a metric gets follows its declared kind and the shape of its per-problem values.</summary>
public sealed class PairedTestChoiceTests
{
    private static readonly double[] Baseline = [1, 1, 1, 1, 1, 1, 0, 1, 0, 1];
    private static readonly double[] Candidate = [0, 0, 0, 0, 0, 1, 0, 1, 1, 1];

    [Test]
    public void A_proportion_that_is_one_zero_one_outcome_per_problem_gets_mcnemar()
    {
        // b = 5 (1 → 0), c = 1 (0 → 1): 2·P(X ≤ 1 | 6) = 2·7/64.
        var (p, test) = PairedTest.Run(AccuracyMetric.Accuracy, Baseline, Candidate);
        Assert.That(test, Is.EqualTo("mcnemar"));
        Assert.That(p, Is.EqualTo(14.0 / 64).Within(1e-12));
        Assert.That(PairedTest.Run(AccuracyMetric.Accuracy, Baseline, Candidate, new PairedTestOptions(MidP: true)).Test, Is.EqualTo("mcnemar-mid-p"));
    }

    [Test]
    public void The_same_zeros_and_ones_declared_as_tokens_get_the_sign_flip_test()
    {
        var (_, test) = PairedTest.Run(BuiltInMetrics.MeanCompletionTokens, Baseline, Candidate);
        Assert.That(test, Is.EqualTo("sign-flip-exact"));
    }

    [Test]
    public void A_share_of_samples_gets_the_sign_flip_test()
    {
        double[] baseline = [0.5, 0.75, 1, 0.25];
        double[] candidate = [0.25, 0.5, 1, 0.25];
        var (p, test) = PairedTest.Run(AccuracyMetric.Accuracy, baseline, candidate);
        // Two differences of −0.25: of the 4 sign patterns, the two with equal signs reach |T| = 0.5: p = 2/4.
        Assert.That(test, Is.EqualTo("sign-flip-exact"));
        Assert.That(p, Is.EqualTo(0.5).Within(1e-12));
    }

    [Test]
    public void Log_scale_tests_the_differences_of_log_one_plus_x()
    {
        double[] baseline = [100, 200, 50, 400, 80, 90];
        double[] candidate = [120, 180, 90, 4000, 85, 95];
        var (p, test) = PairedTest.Run(BuiltInMetrics.MeanCompletionTokens, baseline, candidate, new PairedTestOptions(Log: true));
        var expected = SignFlipTest.Run([.. baseline.Select((b, i) => Math.Log(1 + candidate[i]) - Math.Log(1 + b))]).PValue;
        Assert.That(test, Is.EqualTo("sign-flip-exact-log"));
        Assert.That(p, Is.EqualTo(expected).Within(1e-15));
        Assert.That(BuiltInMetrics.MeanCompletionTokens.Kind, Is.EqualTo(MetricKind.Tokens), "declared tokens, so never McNemar");
    }
}
