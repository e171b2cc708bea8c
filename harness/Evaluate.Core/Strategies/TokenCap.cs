using Evaluate.Core.Models;

namespace Evaluate.Core.Strategies;

/// <summary>
/// Cuts a text to at most a number of tokens as a given counter counts them. A back end's tokenizer and the run's
/// counter can disagree, so a continuation asked for the remaining budget may still count over it; the cap holds
/// exactly only if the excess is cut by the same counter that reports the tokens.
/// </summary>
public static class TokenCap
{
    /// <summary>The longest prefix of <paramref name="text"/> that counts at most <paramref name="tokens"/> (never splits a surrogate pair).</summary>
    public static string Cut(string text, int tokens, ITokenCounter counter)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(counter);
        if (counter.CountTokens(text) <= tokens) return text;
        // Invariant: the prefix of length low fits, the one of length high does not.
        int low = 0, high = text.Length;
        while (high - low > 1)
        {
            var middle = low + (high - low) / 2;
            if (counter.CountTokens(text[..middle]) <= tokens) low = middle;
            else high = middle;
        }
        // A counter need not be monotone in characters: step back until the prefix fits and ends on a whole character.
        while (low > 0 && (char.IsHighSurrogate(text[low - 1]) || counter.CountTokens(text[..low]) > tokens)) low--;
        return text[..low];
    }
}
