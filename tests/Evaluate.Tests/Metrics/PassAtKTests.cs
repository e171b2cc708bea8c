using Evaluate.Core.Metrics;

namespace Evaluate.Tests.Metrics;

public sealed class PassAtKTests
{
    // Expected values are 1 - C(n-c, k) / C(n, k), worked out by hand.
    [TestCase(5, 2, 1, 0.4)]
    [TestCase(5, 2, 2, 0.7)]            // 1 - 3/10
    [TestCase(10, 3, 5, 1 - 21.0 / 252)] // 1 - C(7,5)/C(10,5)
    [TestCase(4, 1, 2, 0.5)]            // 1 - C(3,2)/C(4,2) = 1 - 3/6
    [TestCase(8, 0, 4, 0.0)]            // c = 0
    [TestCase(8, 8, 4, 1.0)]            // c = n
    [TestCase(8, 5, 4, 1.0)]            // n - c < k
    [TestCase(1, 1, 1, 1.0)]
    public void Estimate_matches_hand_computed_values(int n, int c, int k, double expected) =>
        Assert.That(PassAtK.Estimate(n, c, k), Is.EqualTo(expected).Within(1e-12));

    [Test]
    public void Estimate_is_missing_when_fewer_samples_than_k() =>
        Assert.That(PassAtK.Estimate(3, 2, 4), Is.Null);

    [Test]
    public void Mean_is_missing_when_any_problem_has_fewer_than_k_samples() =>
        Assert.That(PassAtK.Mean([(8, 2), (2, 1)], 4), Is.Null);

    [Test]
    public void Mean_averages_over_problems()
    {
        // (5,2,k=2) = 0.7 and (4,1,k=2) = 0.5
        Assert.That(PassAtK.Mean([(5, 2), (4, 1)], 2), Is.EqualTo(0.6).Within(1e-12));
    }

    [Test]
    public void Estimate_is_stable_for_large_n() =>
        Assert.That(PassAtK.Estimate(1024, 1, 1024), Is.EqualTo(1.0));
}
