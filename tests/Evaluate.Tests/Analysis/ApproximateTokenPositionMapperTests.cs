using NUnit.Framework;
using Evaluate.Core.Analysis;
using Evaluate.Core.Models;

namespace Evaluate.Tests.Analysis;

public class ApproximateTokenPositionMapperTests
{
    [TestCase("So the answer is \\boxed{5}. Wait, let me check.")]
    [TestCase("a b c d e f g")]
    [TestCase("averyveryverylongwordwithoutspaces and more")]
    [TestCase("   leading and trailing   ")]
    public void EveryPrefixAgreesWithTheApproximateCounter(string text)
    {
        var positions = ApproximateTokenPositionMapper.Instance.Map(text);
        for (var i = 0; i <= text.Length; i++)
            Assert.That(positions.TokensBefore(i), Is.EqualTo(ApproximateTokenCounter.Instance.CountTokens(text[..i])), $"prefix {i}");
        Assert.That(positions.TotalTokens, Is.EqualTo(ApproximateTokenCounter.Instance.CountTokens(text)));
    }

    [Test]
    public void CountingMapperFallsBackToPrefixCounting()
    {
        var counter = new WordCounter();
        var mapper = CountingTokenPositionMapper.For(counter);
        var positions = mapper.Map("one two three four");
        Assert.That(positions.TotalTokens, Is.EqualTo(4));
        Assert.That(positions.TokensBefore(7), Is.EqualTo(2));
        Assert.That(mapper.Name, Is.EqualTo("words"));
        Assert.That(CountingTokenPositionMapper.For(ApproximateTokenCounter.Instance), Is.SameAs(ApproximateTokenPositionMapper.Instance));
    }

    private sealed class WordCounter : ITokenCounter
    {
        public string Name => "words";
        public int CountTokens(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
    }
}
