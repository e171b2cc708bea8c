using NUnit.Framework;
using Evaluate.Core.Analysis;

namespace Evaluate.Tests.Analysis;

public class AnswerStatementFinderTests
{
    [Test]
    public void BoxedWithNestedBraces()
    {
        var found = AnswerStatementFinder.Find("Thus $\\boxed{\\frac{1}{2}}$ is it.");
        Assert.That(found, Has.Count.EqualTo(1));
        Assert.That(found[0].Answer, Is.EqualTo("\\frac{1}{2}"));
        Assert.That(found[0].Rule, Is.EqualTo(AnswerRule.Boxed));
    }

    [Test]
    public void AnswerPhraseAroundABoxIsOneStatement()
    {
        var found = AnswerStatementFinder.Find("The final answer is $\\boxed{42}$.");
        Assert.That(found, Has.Count.EqualTo(1));
        Assert.That(found[0].Answer, Is.EqualTo("42"));
    }

    [Test]
    public void GsmHashes()
    {
        var found = AnswerStatementFinder.Find("She pays 8 * 9 = 72 dollars.\n#### 72");
        Assert.That(found.Select(s => s.Answer), Is.EqualTo(new[] { "72" }));
        Assert.That(found[0].Rule, Is.EqualTo(AnswerRule.Hashes));
    }

    [Test]
    public void OnlyTheDeclaredCuesAreLookedFor()
    {
        const string text = "Maybe \\boxed{7}.\n#### 8\nSo the answer is 9.\nSo 4 + 6 = 10.";
        Assert.That(AnswerStatementFinder.Find(text).Select(s => s.Rule), Is.EqualTo(new[]
            { AnswerRule.Boxed, AnswerRule.Hashes, AnswerRule.AnswerPhrase, AnswerRule.ConcludingEquation }));
        Assert.That(AnswerStatementFinder.Find(text, AnswerCues.AnswerPhrase | AnswerCues.ConcludingEquation).Select(s => s.Answer),
            Is.EqualTo(new[] { "9", "10" }));
        Assert.That(AnswerStatementFinder.Find(text, AnswerCues.None), Is.Empty);
    }

    [Test]
    public void GameOf24AnswerKeepsTheExpression()
    {
        var found = AnswerStatementFinder.Find("Answer: (1 + 2 + 3) * 4 = 24");
        Assert.That(found, Has.Count.EqualTo(1));
        Assert.That(found[0].Answer, Is.EqualTo("24"));
        Assert.That(found[0].Statement, Is.EqualTo("(1 + 2 + 3) * 4 = 24"));
    }

    [Test]
    public void OnlyTheConcludingEquationCounts()
    {
        var found = AnswerStatementFinder.Find("First, 3 * 4 = 12.\nThen 12 + 1 = 13.\nSo 13 + 2 = 15.\nLet me look again at the numbers.");
        Assert.That(found.Select(s => s.Answer), Is.EqualTo(new[] { "15" }));
        Assert.That(found[0].Rule, Is.EqualTo(AnswerRule.ConcludingEquation));
    }

    [Test]
    public void EquationAtTheVeryEndCounts()
    {
        Assert.That(AnswerStatementFinder.Find("2 + 3 = 5").Select(s => s.Answer), Is.EqualTo(new[] { "5" }));
    }

    [TestCase("The answer is not 6, let me redo it.")]
    [TestCase("Whether the answer is correct I cannot tell yet.")]
    [TestCase("I need to find what the answer is.")]
    [TestCase("Compute 3 * 4 = 12 apples in total")]
    [TestCase("")]
    public void SentencesWithoutAnExplicitAnswer(string text)
    {
        Assert.That(AnswerStatementFinder.Find(text), Is.Empty);
    }

    [Test]
    public void RepeatedStatementsAreSeparateRoundsInOrder()
    {
        var text = "So the answer is 5.\n\nWait. The answer is: 5\n\n**Final Answer**\n\\boxed{5}";
        var found = AnswerStatementFinder.Find(text);
        Assert.That(found, Has.Count.EqualTo(3));
        Assert.That(found.Select(s => s.Start), Is.Ordered.Ascending);
        Assert.That(found[^1].End, Is.EqualTo(text.Length));
    }

    [Test]
    public void UnclosedBoxIsIgnored()
    {
        Assert.That(BoxedExpressions.FindAll("\\boxed{5 and \\boxed{6}"), Has.Count.EqualTo(1));
        Assert.That(BoxedExpressions.Last("\\boxed{1} then \\boxed{ 2 }"), Is.EqualTo("2"));
    }
}
