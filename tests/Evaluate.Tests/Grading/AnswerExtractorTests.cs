using Evaluate.Suites.Grading;
using NUnit.Framework;

namespace Evaluate.Tests.Grading;

public sealed class AnswerExtractorTests
{
    [TestCase("so \\boxed{\\frac{1}{2}}.", "\\frac{1}{2}")]
    [TestCase("nested \\boxed{\\sqrt{\\frac{a}{b}}}", "\\sqrt{\\frac{a}{b}}")]
    [TestCase("set \\boxed{\\{1, 2\\}} done", "\\{1, 2\\}")]
    [TestCase("\\boxed 5 and more text", "5")]
    [TestCase("\\fbox{7}", "7")]
    [TestCase("\\boxed{1} then later \\boxed{2}", "2")]
    [TestCase("x = \\boxed{1}, y = \\boxed{2}", "2")]
    [TestCase("\\boxed{1}, \\boxed{2} and \\boxed{3}", "1, 2, 3")]
    [TestCase("$\\boxed{1}$ or $\\boxed{-1}$", "1, -1")]
    [TestCase("<think>\\boxed{9}</think>The answer is 4.", "4")]
    [TestCase("The final answer is: $\\frac{3}{4}$. Thanks", "\\frac{3}{4}")]
    [TestCase("Answer: \\(12\\)", "12")]
    [TestCase("answer is 3.5.", "3.5")]
    [TestCase("Steps...\n#### 1,000\n", "1,000")]
    [TestCase("$\\dfrac{1}{2}$", "\\dfrac{1}{2}")]
    [TestCase("\\[x = 5\\]", "x = 5")]
    [TestCase("so $\\boxed{\\[\n\\boxed{\\frac{1}{2}}\n\\]}$.", "\\boxed{\\frac{1}{2}}")]
    [TestCase("\\boxed{\\boxed{3}}", "\\boxed{3}")]
    public void ExtractsTheFinalAnswer(string response, string expected) =>
        Assert.That(AnswerExtractor.ExtractMath(response, ExtractionMode.Strict), Is.EqualTo(expected));

    [TestCase("<think>unfinished \\boxed{3}")]
    [TestCase("We tried many different approaches but could not finish the computation in time")]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\\boxed{unbalanced")]
    public void StrictFindsNoAnswer(string response) =>
        Assert.That(AnswerExtractor.ExtractMath(response, ExtractionMode.Strict), Is.Null);

    [Test]
    public void FlexibleFallsBackToTheLastNumber()
    {
        const string response = "We tried many different approaches and got 12, then finally -1,234.5 overall.";
        Assert.That(AnswerExtractor.ExtractMath(response, ExtractionMode.Strict), Is.Null);
        Assert.That(AnswerExtractor.ExtractMath(response, ExtractionMode.Flexible), Is.EqualTo("-1,234.5"));
    }

    [Test]
    public void OnlyTheTailOfAHugeResponseIsSearched()
    {
        var response = "\\boxed{1}" + new string('x', GradingLimits.MaxResponseTail + 10) + " the answer is 2";
        Assert.That(AnswerExtractor.ExtractMath(response, ExtractionMode.Strict), Is.EqualTo("2"));
    }
}
