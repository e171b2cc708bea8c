using Evaluate.Core.Metrics;
using Evaluate.Core.Metrics.BuiltIn;

namespace Evaluate.Tests.Metrics;

/// <summary>pass^k = C(c,k)/C(n,k) per problem, averaged: checked against hand computations and its edge cases.</summary>
public sealed class PassHatKTests
{
    [TestCase(5, 2, 1, 0.4)]              // pass^1 = c/n = pass@1
    [TestCase(5, 2, 2, 0.1)]              // C(2,2)/C(5,2) = 1/10
    [TestCase(5, 3, 2, 0.3)]              // C(3,2)/C(5,2) = 3/10
    [TestCase(10, 5, 3, 10.0 / 120)]      // C(5,3)/C(10,3)
    [TestCase(8, 0, 4, 0.0)]              // c = 0
    [TestCase(8, 8, 4, 1.0)]              // c = n
    [TestCase(8, 3, 4, 0.0)]              // c < k
    [TestCase(4, 4, 4, 1.0)]              // n = k, all correct
    [TestCase(4, 3, 4, 0.0)]              // n = k, one wrong: not all k of k
    [TestCase(64, 63, 32, 0.5)]           // C(63,32)/C(64,32) = (64-32)/64; C(64,32) ≈ 1.8e18 would overflow a long product
    [TestCase(64, 64, 64, 1.0)]
    public void Estimate_matches_hand_computed_values(int n, int c, int k, double expected) =>
        Assert.That(PassHatK.Estimate(n, c, k), Is.EqualTo(expected).Within(1e-12));

    [Test]
    public void Estimate_is_missing_when_k_exceeds_the_samples() =>
        Assert.That(PassHatK.Estimate(3, 3, 4), Is.Null);

    [Test]
    public void Mean_averages_over_problems_and_is_missing_when_any_problem_has_fewer_than_k_samples()
    {
        // (5,3,k=2) = 0.3 and (4,4,k=2) = 1
        Assert.That(PassHatK.Mean([(5, 3), (4, 4)], 2), Is.EqualTo(0.65).Within(1e-12));
        Assert.That(PassHatK.Mean([(5, 3), (1, 1)], 2), Is.Null);
    }

    [Test]
    public void A_cell_writes_pass_hat_k_at_every_k_pass_at_k_is_written_at()
    {
        // Problem a: 4 samples, 3 correct; b: 4 samples, all correct.
        var metrics = CellMetrics.Compute([Records.Problem("a", 0.75), Records.Problem("b", 1.0)],
            [.. Records.Samples("a", true, true, true, false), .. Records.Samples("b", true, true, true, true)]);
        var atK = metrics.Keys.Where(m => m.StartsWith("pass@", StringComparison.Ordinal) && !m.Contains('_')).Select(m => m[5..]).ToList();
        Assert.That(metrics.Keys.Where(m => m.StartsWith("pass^", StringComparison.Ordinal)).Select(m => m[5..]), Is.EqualTo(atK));
        Assert.Multiple(() =>
        {
            Assert.That((double)metrics["pass^1"]!, Is.EqualTo((0.75 + 1) / 2).Within(1e-12));
            Assert.That((double)metrics["pass^2"]!, Is.EqualTo((3.0 / 6 + 1) / 2).Within(1e-12));   // a: C(3,2)/C(4,2)
            Assert.That((double)metrics["pass^4"]!, Is.EqualTo(0.5).Within(1e-12));                // a: 0, b: 1
        });
    }

    [Test]
    public void The_catalog_resolves_pass_hat_k_and_its_headline_form()
    {
        var catalog = MetricCatalog.Default;
        Assert.That(catalog.Resolve("pass^8"), Is.Not.Null);
        Assert.That(catalog.Resolve("pass^8")!.Declaration, Is.EqualTo(PassHatKMetric.PassHatK));
        Assert.That(catalog.Resolve("pass^8")!.K, Is.EqualTo(8));
        Assert.That(catalog.Resolve("pass^8")!.PerProblem, Is.Not.Null, "gateable problem by problem");
        Assert.That(catalog.Resolve("pass@8")!.Declaration, Is.EqualTo(PassAtKMetric.PassAtK), "the two families stay apart");
        Assert.That(PassHatKMetric.PassHatK.Family, Is.EqualTo("pass^"));
        Assert.That(PassAtKMetric.PassAtK.Family, Is.EqualTo("pass@"));
        Assert.That(PassHatKMetric.PassHatK.MaxName, Is.EqualTo("pass^max"));
        Assert.That(catalog.Canonical("pass^max"), Is.EqualTo("pass^max"));
    }
}
