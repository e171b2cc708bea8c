using NUnit.Framework;
using Evaluate.Core.Analysis;

namespace Evaluate.Tests.Analysis;

public class ReasoningSplitTests
{
    [Test]
    public void ThinkBlockIsReasoning()
    {
        var split = ReasoningSplit.Of("<think>two and three</think>\nFive.", null);
        Assert.That(split.Reasoning, Is.EqualTo("two and three"));
        Assert.That(split.Answer, Is.EqualTo("Five."));
        Assert.That(split.Combined[..split.ReasoningLength], Is.EqualTo("two and three\n"));
    }

    [Test]
    public void LoneClosingTagMeansTheOpeningWasDropped()
    {
        var split = ReasoningSplit.Of("two and three</think>Five.", null);
        Assert.That(split.Reasoning, Is.EqualTo("two and three"));
        Assert.That(split.Answer, Is.EqualTo("Five."));
    }

    [Test]
    public void UnclosedThinkMeansStoppedWhileThinking()
    {
        var split = ReasoningSplit.Of("<think>two and thr", null);
        Assert.That(split.Reasoning, Is.EqualTo("two and thr"));
        Assert.That(split.Answer, Is.Empty);
    }

    [Test]
    public void ReasoningFieldPrecedesThinkBlock()
    {
        var split = ReasoningSplit.Of("<think>second</think>Five.", "first");
        Assert.That(split.Reasoning, Is.EqualTo("first\nsecond"));
        Assert.That(split.Combined, Is.EqualTo("first\nsecond\nFive."));
    }

    [Test]
    public void NoReasoningAtAll()
    {
        var split = ReasoningSplit.Of("Five.", null);
        Assert.That(split.ReasoningLength, Is.Zero);
        Assert.That(split.Combined, Is.EqualTo("Five."));
    }
}
