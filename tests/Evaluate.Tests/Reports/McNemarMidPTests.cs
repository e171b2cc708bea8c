using Evaluate.Reports.Statistics;

namespace Evaluate.Tests.Reports;

/// <summary>McNemar's exact and mid-p values against binomial tails worked out by hand.</summary>
public sealed class McNemarMidPTests
{
    // X ~ Binomial(b + c, ½), x = min(b, c). Exact p = 2·P(X ≤ x); mid-p = 2·[P(X ≤ x) − ½·P(X = x)], both capped at 1.
    // (0, 5): n = 5, P(X ≤ 0) = P(X = 0) = 1/32: exact 2/32 = 0.0625, mid 2·(1/32 − 1/64) = 1/32.
    // (1, 9): n = 10, P(X ≤ 1) = (1 + 10)/1024, P(X = 1) = 10/1024: exact 22/1024, mid 2·(11 − 5)/1024 = 12/1024.
    // (2, 8): n = 10, P(X ≤ 2) = (1 + 10 + 45)/1024, P(X = 2) = 45/1024: exact 112/1024, mid 2·(56 − 22.5)/1024 = 67/1024.
    // (4, 2): n = 6, P(X ≤ 2) = (1 + 6 + 15)/64, P(X = 2) = 15/64: exact 44/64, mid 2·(22 − 7.5)/64 = 29/64.
    // (3, 3): n = 6, P(X ≤ 3) = 42/64, P(X = 3) = 20/64: exact min(1, 84/64) = 1, mid 2·(42 − 10)/64 = 1.
    [TestCase(0, 5, 2.0 / 32, 1.0 / 32)]
    [TestCase(5, 0, 2.0 / 32, 1.0 / 32)]
    [TestCase(1, 9, 22.0 / 1024, 12.0 / 1024)]
    [TestCase(2, 8, 112.0 / 1024, 67.0 / 1024)]
    [TestCase(4, 2, 44.0 / 64, 29.0 / 64)]
    [TestCase(3, 3, 1.0, 1.0)]
    [TestCase(0, 0, 1.0, 1.0)]
    public void Exact_and_mid_p_match_the_hand_computed_tails(int newlyWrong, int newlyRight, double exact, double mid)
    {
        Assert.That(McNemarTest.ExactPValue(newlyWrong, newlyRight), Is.EqualTo(exact).Within(1e-12));
        Assert.That(McNemarTest.MidPValue(newlyWrong, newlyRight), Is.EqualTo(mid).Within(1e-12));
    }

    [Test]
    public void Mid_p_is_never_above_the_exact_p()
    {
        for (var b = 0; b <= 30; b++)
            for (var c = 0; c <= 30; c++)
                Assert.That(McNemarTest.MidPValue(b, c), Is.LessThanOrEqualTo(McNemarTest.ExactPValue(b, c) + 1e-15), $"b = {b}, c = {c}");
    }

    [Test]
    public void One_zero_one_differences_under_the_sign_flip_test_give_the_mcnemar_p()
    {
        // Six problems lost, one gained: the sign-flip null of ±1 differences is Binomial(7, ½) on the plus count, so
        // its two-sided p is McNemar's 2·(1 + 7)/128 = 0.125.
        double[] differences = [-1, -1, -1, -1, -1, -1, 1, 0, 0];
        Assert.That(SignFlipTest.Run(differences).PValue, Is.EqualTo(16.0 / 128).Within(1e-12));
        Assert.That(McNemarTest.ExactPValue(6, 1), Is.EqualTo(16.0 / 128).Within(1e-12));
    }
}
