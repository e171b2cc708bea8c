using NUnit.Framework;
using System.Diagnostics;
using System.Text;
using Evaluate.Adapters.Tokenization;
using Microsoft.ML.Tokenizers;

namespace Evaluate.Tests.Analysis;

public class TiktokenTokenizationTests
{
    private static TiktokenTokenCounter Counter => TiktokenTokenCounter.Default;

    [Test]
    public void HelloWorldIsTwoO200kTokens()
    {
        Assert.That(Counter.CountTokens("hello world"), Is.EqualTo(2));
        Assert.That(Counter.Name, Is.EqualTo("o200k_base"));
    }

    [Test]
    public void EmptyTextHasNoTokens()
    {
        Assert.That(Counter.CountTokens(""), Is.Zero);
        Assert.That(Counter.Map("").TotalTokens, Is.Zero);
    }

    [TestCase("The answer is \\boxed{5}.\n\nWait, let me double-check: 2 + 3 = 5. Hmm, yes, 5 apples.")]
    [TestCase("Größe: 12 × 3 = 36 — 🙂 fine. 三加二等于五。  Two  spaces,\ttab.")]
    [TestCase("1.\n2)\nfoo\n\nbar/baz\n- item\r\n\\frac{1}{2}\n\n\n$x$\n")]
    public void PrefixPositionsAgreeWithEncodingThePrefixAlone(string text)
    {
        var positions = Counter.Map(text);
        Assert.That(positions.TotalTokens, Is.EqualTo(Counter.CountTokens(text)));
        Assert.That(positions.TokensBefore(0), Is.Zero);
        Assert.That(positions.TokensBefore(text.Length + 10), Is.EqualTo(positions.TotalTokens));
        for (var i = 1; i < text.Length; i++)
            Assert.That(positions.TokensBefore(i), Is.EqualTo(Counter.CountTokens(text[..i])), $"prefix of {i} chars");
    }

    [Test]
    public void LongTextCutIntoPiecesCountsLikeOneEncode()
    {
        var builder = new StringBuilder();
        for (var i = 0; builder.Length < 60_000; i++)
            builder.Append("Step ").Append(i).Append(": 2 + 3 = 5, so we double-check the sum.\n").Append(i % 7 == 0 ? "x\n" : "");
        var text = builder.ToString();
        var reference = TiktokenTokenizer.CreateForEncoding("o200k_base").CountTokens(text);
        Assert.That(Counter.CountTokens(text), Is.EqualTo(reference));
        Assert.That(Counter.Map(text).TotalTokens, Is.EqualTo(reference));

        // Lines without any space: only the cuts after newlines keep this exact.
        var lines = string.Join("\n", Enumerable.Range(0, 6000).Select(i => $"x{i}.=({i})"));
        Assert.That(Counter.CountTokens(lines), Is.EqualTo(TiktokenTokenizer.CreateForEncoding("o200k_base").CountTokens(lines)));
    }

    [Test]
    public void LongUnspacedTextIsCountedInBoundedTime()
    {
        var text = string.Concat(Enumerable.Range(0, 300_000).Select(i => (char)(0x4E00 + i * 7 % 2000)));
        var watch = Stopwatch.StartNew();
        var count = Counter.CountTokens(text);
        var positions = Counter.Map(text);
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
        Assert.That(count, Is.GreaterThan(text.Length / 4));
        Assert.That(positions.TotalTokens, Is.EqualTo(count));
    }

    [Test]
    public void UnknownEncodingIsRejectedWithTheShippedNames()
    {
        var error = Assert.Throws<ArgumentException>(() => _ = new TiktokenTokenCounter("cl100k_base"));
        Assert.That(error!.Message, Does.Contain("o200k_base"));
    }
}
