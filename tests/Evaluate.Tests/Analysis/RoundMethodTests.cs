using Evaluate.Core.Analysis;

namespace Evaluate.Tests.Analysis;

/// <summary>What a round's method is read as (quantities, operations, implied values), and when a round is new.</summary>
public sealed class RoundMethodTests
{
    [Test]
    public void Numbers_are_canonical_and_labels_are_not_quantities()
    {
        var method = RoundMethod.Of("Step 3: 1,000 apples cost 5.50 each.\n2. Then .5 of them, 05 left.");
        Assert.That(method.Quantities, Is.EquivalentTo(new[] { "1000", "5.5", "0.5", "5" }));
    }

    [Test]
    public void Expressions_follow_precedence_and_commutative_chains_are_one_sum()
    {
        Assert.That(RoundMethod.Of("180 - 90 - 60 = 30").Quantities, Does.Contain("180-90").And.Not.Contain("90-60"));
        Assert.That(RoundMethod.Of("2 \\cdot 7 + 3 = 17").Quantities, Does.Contain("2*7").And.Not.Contain("3+7").And.Not.Contain("7+3"));
        Assert.That(RoundMethod.Of("1 + 2 + 3 + 4").Quantities, Does.Contain("1+2+3+4"));
        Assert.That(RoundMethod.Of("4 + 3 + 2 + 1").Quantities, Does.Contain("1+2+3+4"));
        Assert.That(RoundMethod.Of("(4 + 8) * (6 - 4) = 24").Implied, Is.EquivalentTo(new[] { "12", "2" }));
    }

    [Test]
    public void Operations_need_operands_so_hyphens_and_bold_are_no_operations()
    {
        Assert.That(RoundMethod.Of("Let me double-check the x-axis. **Answer**: re-examine").Operations, Is.Empty);
        Assert.That(RoundMethod.Of("x = \\frac{5 \\pm \\sqrt{1}}{2}, 5! and 20%").Operations,
            Is.EquivalentTo(new[] { "frac", "±", "sqrt", "!", "%" }));
        Assert.That(RoundMethod.Of("47 mod 12 and gcd(18, 24)").Operations, Is.EquivalentTo(new[] { "mod", "gcd" }));
    }

    [Test]
    public void A_round_is_new_only_with_a_new_quantity_or_operation()
    {
        var seen = new MethodsSeen();
        Assert.That(seen.AddIsNew(RoundMethod.Of("(4 + 8) * (6 - 4) = 24")), Is.True);
        Assert.That(seen.AddIsNew(RoundMethod.Of("Wait, let me double-check: 4 + 8 is 12 and 6 - 4 is 2, so 24.")), Is.False, "restated in words");
        Assert.That(seen.AddIsNew(RoundMethod.Of("Hmm, let me verify that another way. Everything is consistent.")), Is.False, "no quantities");
        Assert.That(seen.AddIsNew(RoundMethod.Of("(8 - 6 + 4) * 4 = 24")), Is.True, "another expression");
        Assert.That(seen.AddIsNew(RoundMethod.Of("Check: 24 / 4 = 6")), Is.True, "a new operation");
    }
}
