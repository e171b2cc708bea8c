using NUnit.Framework;
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

    // Texts with whitespace at their edges are counted around their trimmed core (encoded once, for the analyser too):
    // every edge here must give exactly what one plain encode of the whole text gives.
    private static readonly string[] Cores =
    [
        "The answer is \\boxed{5}.",
        "So the answer is $\\boxed{42}$.",
        "Wait, let me double-check: 2 + 3 = 5. Hmm, yes, 5 apples.\n#### 5",
        "Größe: 12 × 3 = 36 — 🙂 fine. 三加二等于五。  Two  spaces,\ttab.",
        "1.\n2)\nfoo\n\nbar/baz\n- item\r\n\\frac{1}{2}\n\n\n$x$",
        "x", "ab", "a b", "end.)", "Answer: (1 + 2 + 3) * 4 = 24", "<think>hmm</think>\\boxed{7}",
    ];

    private static readonly string[] Edges = ["", " ", "  ", "\n", "\n\n", " \n", "\t", "\r\n", "\n \n", "\n\n\n\n"];

    [Test]
    public void TextsWithWhitespaceEdgesCountLikeOneEncodeOfTheWholeText()
    {
        var plain = TiktokenTokenizer.CreateForEncoding("o200k_base");
        var checkedTexts = 0;
        foreach (var core in Cores.Concat(Enumerable.Range(0, 40).Select(i => string.Concat(Enumerable.Repeat(Cores[i % Cores.Length] + " ", 1 + i % 7)).TrimEnd())))
            foreach (var lead in Edges)
                foreach (var tail in Edges)
                {
                    var text = lead + core + tail;
                    Assert.That(Counter.CountTokens(text), Is.EqualTo(plain.CountTokens(text)), $"'{text}'");
                    checkedTexts++;
                }
        Assert.That(checkedTexts, Is.EqualTo(51 * Edges.Length * Edges.Length));
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

    // BPE cost grows faster than linearly in one piece's length, so the work is bounded by what reaches the encoder:
    // pieces no longer than TokenizerChunks.MaxRunWithoutCut (a count, not a time; the time is a benchmark,
    // HostileAnalysisBenchmarks.UnspacedText). The count equals the sum over exactly those pieces, so they are what the
    // counter encoded, not a whole 300 k-character pre-token.
    [Test]
    public void LongUnspacedTextIsCountedInBoundedPieces()
    {
        var text = string.Concat(Enumerable.Range(0, 300_000).Select(i => (char)(0x4E00 + i * 7 % 2000)));
        var pieces = TokenizerChunks.Split(text);
        Assert.That(pieces.Select(p => p.Length), Is.All.InRange(1, TokenizerChunks.MaxRunWithoutCut));
        Assert.That(pieces.Select(p => p.Start), Is.EqualTo(pieces.Select(p => p.Start).Order()).And.Unique);
        Assert.That(pieces.Sum(p => p.Length), Is.EqualTo(text.Length), "the pieces cover the text");

        var count = Counter.CountTokens(text);
        var reference = TiktokenTokenizer.CreateForEncoding("o200k_base");
        Assert.That(count, Is.EqualTo(pieces.Sum(p => reference.CountTokens(text.AsSpan(p.Start, p.Length)))));
        Assert.That(count, Is.GreaterThan(text.Length / 4));
        Assert.That(Counter.Map(text).TotalTokens, Is.EqualTo(count));
    }

    [Test]
    public void UnknownEncodingIsRejectedWithTheShippedNames()
    {
        var error = Assert.Throws<ArgumentException>(() => _ = new TiktokenTokenCounter("cl100k_base"));
        Assert.That(error!.Message, Does.Contain("o200k_base"));
    }
}
