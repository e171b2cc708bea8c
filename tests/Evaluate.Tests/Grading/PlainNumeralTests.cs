using Evaluate.Suites.Grading;
using NUnit.Framework;

namespace Evaluate.Tests.Grading;

public sealed class PlainNumeralTests
{
    [TestCase("12", "12.0", true)]
    [TestCase("012", "12", true)]
    [TestCase(".5", "0.50", true)]
    [TestCase("-0", "0.000", true)]
    [TestCase("-3", "3", false)]
    [TestCase("1.05", "1.5", false)]
    [TestCase("100", "10", false)]
    [TestCase("0", "0.001", false)]
    public void ComparesPlainNumeralsByValue(string a, string b, bool expected)
    {
        Assert.That(PlainNumeral.TryCompare(a, b), Is.EqualTo(expected));
        Assert.That(MathEquivalence.Check(a, b).Correct, Is.EqualTo(expected), "must agree with the full engine's answer");
    }

    [TestCase("1,000", "1000")]
    [TestCase("1e3", "1000")]
    [TestCase("\\frac12", "0.5")]
    [TestCase("5.", "5")]
    [TestCase("-", "0")]
    public void DeclinesAnythingElse(string a, string b) => Assert.That(PlainNumeral.TryCompare(a, b), Is.Null);
}
