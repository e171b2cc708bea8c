using NUnit.Framework;
using Evaluate.Core.Analysis;

namespace Evaluate.Tests.Analysis;

public class RoundSimilarityTests
{
    [Test]
    public void IdenticalTextsAreFullySimilarWhateverTheWhitespace()
    {
        var a = new RoundSimilarity("So 2 + 3 = 5, the answer is 5.");
        var b = new RoundSimilarity("\n\nSo 2 +  3 = 5,\nthe ANSWER is 5.");
        Assert.That(a.JaccardWith(b), Is.EqualTo(1.0));
    }

    [Test]
    public void DifferentRoutesAreBelowTheThreshold()
    {
        var a = new RoundSimilarity("Adding three to two gives five, so the answer is 5.");
        var b = new RoundSimilarity("Counting up from 2 by three steps lands on 5.");
        Assert.That(a.JaccardWith(b), Is.LessThan(RoundSimilarity.NewApproachThreshold));
    }

    [Test]
    public void SwappedOperandsDiffer()
    {
        var a = new RoundSimilarity("2+3=5");
        var b = new RoundSimilarity("3+2=5");
        Assert.That(a.JaccardWith(b), Is.LessThan(1.0));
    }
}
