namespace Evaluate.Core.Models;

/// <summary>
/// A dependency-free estimate (about four characters a token, at least one per word) for places where
/// no real tokenizer is configured. Results name it, so nobody mistakes it for a real count.
/// </summary>
public sealed class ApproximateTokenCounter : ITokenCounter
{
    public static ApproximateTokenCounter Instance { get; } = new();

    public string Name => "approx-chars/4";

    public int CountTokens(string text)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        var words = 0;
        var inWord = false;
        foreach (var ch in text)
        {
            var isSpace = char.IsWhiteSpace(ch);
            if (!isSpace && !inWord) words++;
            inWord = !isSpace;
        }
        return Math.Max(words, (text.Length + 3) / 4);
    }
}
