using Evaluate.Reports.Statistics;

namespace Evaluate.Tests.Reports;

/// <summary>The paired sign-flip permutation test: exact enumeration against hand counts, Monte Carlo against exact.</summary>
public sealed class SignFlipTestTests
{
    [Test]
    public void Exact_p_of_three_differences_counts_the_sign_patterns_by_hand()
    {
        // d = (1, 2, 3), observed sum 6. The 8 sign patterns give ±1 ± 2 ± 3 ∈ {6, 4, 2, 0, 0, −2, −4, −6};
        // |T| ≥ 6 for 2 of them: p = 2/8.
        var result = SignFlipTest.Run([1.0, 2.0, 3.0]);
        Assert.That(result.Exact, Is.True);
        Assert.That(result.PValue, Is.EqualTo(0.25).Within(1e-12));
    }

    [Test]
    public void Zero_differences_carry_no_sign_and_are_left_out()
    {
        // d = (1, −2, 3, 0), observed 2. The zero has no sign to flip; the other three give |T| ∈ {6, 4, 2, 0, 0, 2, 4, 6},
        // and |T| ≥ 2 for 6 of 8: p = 0.75.
        Assert.That(SignFlipTest.Run([1.0, -2.0, 3.0, 0.0]).PValue, Is.EqualTo(0.75).Within(1e-12));
    }

    [Test]
    public void Tied_magnitudes_are_counted_as_a_binomial_group()
    {
        // d = (0.5, 0.5, 0.5, 1), observed 2.5. With k plus signs among the three halves (weights 1, 3, 3, 1 of 8) and
        // ±1: k = 3 → 2.5 or 0.5; k = 2 → 1.5 or −0.5; k = 1 → 0.5 or −1.5; k = 0 → −0.5 or −2.5.
        // |T| ≥ 2.5 only for (k = 3, +1) and (k = 0, −1), one pattern each of 16: p = 2/16.
        Assert.That(SignFlipTest.Run([0.5, 0.5, 0.5, 1.0]).PValue, Is.EqualTo(0.125).Within(1e-12));
    }

    [Test]
    public void No_change_gives_p_one()
    {
        Assert.That(SignFlipTest.Run([0.0, 0.0]).PValue, Is.EqualTo(1.0));
        Assert.That(SignFlipTest.Run([1.0, -1.0, 2.0, -2.0]).PValue, Is.EqualTo(1.0));
    }

    [Test]
    public void Monte_carlo_agrees_with_exact_enumeration_on_a_mid_size_case()
    {
        // 18 distinct magnitudes (2^18 = 262,144 patterns, enumerable) with a shift, tested both ways: the 40,000
        // resamples must land within 0.005 of the exact p (their 95% half-width is at most 0.0049; see SignFlipTest).
        // Every fourth one (i = 1, 5, 9, 13, 17) negative: the exact p is 0.1062 (27,834 of 2^18 patterns, enumerated
        // independently in Python while writing this test).
        var differences = Enumerable.Range(0, 18).Select(i => (i + 1) * 0.37 * (i % 4 != 1 ? 1 : -1) + 0.01 * i).ToArray();
        var exact = SignFlipTest.Run(differences);
        var sampled = SignFlipTest.Run(differences, exactStateLimit: 0);
        Assert.That(exact.Exact, Is.True);
        Assert.That(sampled.Exact, Is.False);
        Assert.That(sampled.Resamples, Is.EqualTo(SignFlipTest.DefaultResamples));
        Assert.That(exact.PValue, Is.EqualTo(0.10617828369140625).Within(1e-12));
        Assert.That(sampled.PValue, Is.EqualTo(exact.PValue).Within(0.005));
    }

    [Test]
    public void Monte_carlo_is_repeatable_for_a_seed_and_moves_with_another()
    {
        var differences = Enumerable.Range(0, 200).Select(i => Math.Sin(i * 1.3) * 10 + 0.9).ToArray();
        var first = SignFlipTest.Run(differences);
        var again = SignFlipTest.Run(differences);
        var other = SignFlipTest.Run(differences, seed: 99);
        Assert.That(first.Exact, Is.False, "200 distinct magnitudes are beyond exact enumeration");
        Assert.That(again.PValue, Is.EqualTo(first.PValue));
        Assert.That(other.PValue, Is.Not.EqualTo(first.PValue));
        Assert.That(other.PValue, Is.EqualTo(first.PValue).Within(0.01));
    }
}
