using Evaluate.Core.Problems;
using Evaluate.Suites.Grading;
using NUnit.Framework;

namespace Evaluate.Tests.Grading;

public sealed class Gsm8kCheckerTests
{
    [TestCase(true, "1,234", "The answer is 1,234.")]
    [TestCase(true, "18", "She makes $18 every day.\n#### 18")]
    [TestCase(true, "18", "So she makes \\$18.00 per day.")]
    [TestCase(true, "18", "The answer is $18.")]
    [TestCase(false, "18", "The answer is 17.")]
    [TestCase(true, "-5", "The answer is -5")]
    [TestCase(false, "-5", "The answer is 5")]
    [TestCase(true, "5", "The answer is 5 dollars.")]
    [TestCase(true, "1,234", "\\boxed{1234}")]
    [TestCase(true, "1234", "Total: 1200 + 34 = 1234 apples")]
    [TestCase(false, "1234", "Total: 1200 + 34 = 1235 apples")]
    [TestCase(true, "0.5", "#### .5")]
    [TestCase(true, "3", "#### 3\nThe answer is 4")]
    [TestCase(false, "4", "#### 3\nThe answer is 4")]
    [TestCase(true, "70000", "The profit is $70,000.")]
    [TestCase(true, "25", "25%")]
    [TestCase(true, "7", "<think>it is 9</think>7 cookies")]
    [TestCase(false, "9", "<think>it is 9</think>7 cookies")]
    [TestCase(false, "9", "<think>it is 9")]
    [TestCase(true, "Janet sells 9 eggs.\n#### 18", "#### 18")]
    [TestCase(true, "100", "\\boxed{100}")]
    [TestCase(true, "2", "x = 2")]
    [TestCase(false, "2", "no idea")]
    public void GradesNumericAnswers(bool expected, string gold, string response)
    {
        var checker = new Gsm8kAnswerChecker();
        var verdict = checker.Grade(new Problem("g", "", gold, ProblemMeta.None), checker.Extract(response));
        Assert.That(verdict.Correct, Is.EqualTo(expected), verdict.Reason);
    }

    [Test]
    public void StrictModeDoesNotFallBackToTheLastNumber()
    {
        var strict = new Gsm8kAnswerChecker(ExtractionMode.Strict);
        Assert.That(strict.Extract("First 3 apples, then we add more to get 7 apples in total for everyone"), Is.Null);
        Assert.That(new Gsm8kAnswerChecker().Extract("First 3 apples, then we add more to get 7 apples in total for everyone"), Is.EqualTo("7"));
    }

    [Test]
    public void EquivalentComparesValues()
    {
        var checker = new Gsm8kAnswerChecker();
        var p = new Problem("g", "", "1", ProblemMeta.None);
        Assert.That(checker.Equivalent(p, "1,000", "1000.0"), Is.True);
        Assert.That(checker.Equivalent(p, "1,000", "100"), Is.False);
    }
}
