using System.Numerics;
using Evaluate.Suites.Grading;
using NUnit.Framework;

namespace Evaluate.Tests.Grading;

public sealed class NestingTests
{
    /// <summary>\frac{1}{1+\frac{1}{1+…\frac{1}{2}}} nested <paramref name="depth"/> times against its exact value, computed here independently.</summary>
    [TestCase(5)]
    [TestCase(20)]
    [TestCase(40)]
    public void DeepContinuedFractionEqualsItsValue(int depth)
    {
        var text = "2";
        BigInteger p = 2, q = 1; // value p/q
        for (int i = 0; i < depth; i++)
        {
            text = $"\\frac{{1}}{{1+{text}}}";
            (p, q) = (q, p + q); // 1 / (1 + p/q) = q / (p + q)
        }
        var gold = $"\\frac{{{p}}}{{{q}}}";
        Assert.That(MathEquivalence.Check(gold, text), Has.Property("Correct").True);
        Assert.That(MathEquivalence.Check($"\\frac{{{p + 1}}}{{{q}}}", text), Has.Property("Correct").False);
    }

    [Test]
    public void NestingBeyondTheCapIsUnparseableNotACrash()
    {
        var text = "2";
        for (int i = 0; i < 200; i++) text = $"\\frac{{1}}{{1+{text}}}";
        Assert.That(MathEquivalence.Check("1", text).Reason, Is.EqualTo(GradingReasons.Unparseable));
    }
}
