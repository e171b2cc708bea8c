using Evaluate.Reports.Statistics;

namespace Evaluate.Tests.Reports;

/// <summary>The paired statistics against values worked out by hand or from published normal tables.</summary>
public sealed class StatisticsTests
{
    // Exact McNemar, two-sided = 2·P(X ≤ min(b, c)), X ~ Binomial(b + c, 1/2), by hand:
    // (0, 5): 2·(1/32) = 0.0625; (1, 9): 2·(1 + 10)/1024; (2, 8): 2·(1 + 10 + 45)/1024; (3, 3): min(1, 2·42/64) = 1.
    [TestCase(0, 5, 0.0625)]
    [TestCase(5, 0, 0.0625)]
    [TestCase(1, 9, 22.0 / 1024)]
    [TestCase(2, 8, 112.0 / 1024)]
    [TestCase(3, 3, 1.0)]
    [TestCase(0, 0, 1.0)]
    [TestCase(4, 2, 2.0 * 22 / 64)]
    public void McNemar_exact_p_values_match_hand_computed_binomial_tails(int newlyWrong, int newlyRight, double expected) =>
        Assert.That(McNemarTest.ExactPValue(newlyWrong, newlyRight), Is.EqualTo(expected).Within(1e-12));

    [Test]
    public void McNemar_stays_finite_beyond_the_double_underflow_of_two_to_the_minus_n()
    {
        // 2000 discordant pairs, split evenly: p must be 1, not NaN or 0 from 2^-2000 underflowing.
        Assert.That(McNemarTest.ExactPValue(1000, 1000), Is.EqualTo(1.0).Within(1e-9));
        // 1100 vs 900: z = 200/√2000 ≈ 4.47, two-sided normal tail ≈ 7.7e-6; the exact value is of that order.
        Assert.That(McNemarTest.ExactPValue(1100, 900), Is.InRange(2e-6, 2e-5));
    }

    // Standard normal quantiles from published tables.
    [TestCase(0.975, 1.959963985)]
    [TestCase(0.8, 0.841621234)]
    [TestCase(0.5, 0.0)]
    [TestCase(0.01, -2.326347874)]
    [TestCase(0.995, 2.575829304)]
    public void Normal_quantiles_match_the_tables(double p, double z) =>
        Assert.That(NormalQuantile.Of(p), Is.EqualTo(z).Within(1e-7));

    [Test]
    public void Minimal_detectable_effect_follows_the_paired_normal_formula()
    {
        // (z0.975 + z0.8) · σ / √n = (1.959964 + 0.841621) · 0.5 / 10 = 0.1400793.
        Assert.That(MinimalDetectableEffect.Of(0.5, 100, 0.05), Is.EqualTo(0.1400793).Within(1e-6));
        // Four times the problems halve it.
        Assert.That(MinimalDetectableEffect.Of(0.5, 400, 0.05), Is.EqualTo(0.1400793 / 2).Within(1e-6));
        // α = 0.01: (2.575829 + 0.841621) · 0.5 / 10 = 0.1708725.
        Assert.That(MinimalDetectableEffect.Of(0.5, 100, 0.01), Is.EqualTo(0.1708725).Within(1e-6));
    }

    [Test]
    public void Minimal_detectable_effect_of_identical_runs_falls_back_to_independent_spread()
    {
        // Both runs right on half of 100 problems, the same half: σ_d = 0, so σ² = 2 · s² with s the sample SD of a
        // 50/50 0/1 list (s² = 25/99): MDE = 2.801585 · √(50/99) / 10.
        var values = Enumerable.Range(0, 100).Select(i => i % 2 == 0 ? 1.0 : 0.0).ToList();
        Assert.That(MinimalDetectableEffect.OfPaired(values, values, 0.05), Is.EqualTo(2.801585 * Math.Sqrt(50.0 / 99) / 10).Within(1e-5));
    }

    [Test]
    public void Bootstrap_of_a_constant_difference_is_that_difference_and_significant()
    {
        var baseline = Enumerable.Repeat(0.2, 30).ToList();
        var candidate = Enumerable.Repeat(0.5, 30).ToList();
        var result = PairedBootstrap.Run(baseline, candidate, resamples: 999);
        Assert.That(result.Delta, Is.EqualTo(0.3).Within(1e-12));
        Assert.That(result.Low, Is.EqualTo(0.3).Within(1e-12));
        Assert.That(result.High, Is.EqualTo(0.3).Within(1e-12));
        Assert.That(result.PValue, Is.EqualTo(1.0 / 1000).Within(1e-12));
    }

    [Test]
    public void Bootstrap_interval_matches_the_standard_error_of_a_mean()
    {
        // Differences: 50 ones and 50 zeros. The bootstrap distribution of their mean has SE = √(p(1−p)/n) = 0.05
        // (population variance, as the bootstrap resamples the empirical distribution), so the 95% percentile interval
        // is close to 0.5 ± 1.96 · 0.05 = [0.402, 0.598].
        var baseline = Enumerable.Repeat(0.0, 100).ToList();
        var candidate = Enumerable.Range(0, 100).Select(i => i < 50 ? 1.0 : 0.0).ToList();
        var result = PairedBootstrap.Run(baseline, candidate, resamples: 20000);
        Assert.That(result.Delta, Is.EqualTo(0.5).Within(1e-12));
        Assert.That(result.Low, Is.EqualTo(0.402).Within(0.015));
        Assert.That(result.High, Is.EqualTo(0.598).Within(0.015));
    }

    [Test]
    public void Bootstrap_p_value_of_balanced_noise_is_large_and_of_the_same_seed_is_repeatable()
    {
        // Differences +1, −1, 0 in equal numbers: mean 0, so no evidence of a change.
        var baseline = Enumerable.Range(0, 60).Select(i => i % 3 == 0 ? 1.0 : 0.0).ToList();
        var candidate = Enumerable.Range(0, 60).Select(i => i % 3 == 1 ? 1.0 : 0.0).ToList();
        var first = PairedBootstrap.Run(baseline, candidate);
        Assert.That(first.PValue, Is.EqualTo(1.0));
        var shifted = candidate.Select((v, i) => i < 6 ? 1.0 : v).ToList();
        var again = PairedBootstrap.Run(baseline, shifted);
        var once = PairedBootstrap.Run(baseline, shifted);
        Assert.That(once.PValue, Is.EqualTo(again.PValue));
        Assert.That(once.PValue, Is.LessThan(1.0));
    }
}
