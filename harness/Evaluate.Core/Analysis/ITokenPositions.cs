namespace Evaluate.Core.Analysis;

/// <summary>
/// Token positions inside one text that was encoded once, so that many prefix lengths can be asked cheaply
/// (the overthinking measures need "tokens up to the end of round k" for every round).
/// </summary>
public interface ITokenPositions
{
    /// <summary>Tokens of the whole text.</summary>
    int TotalTokens { get; }

    /// <summary>
    /// Tokens of the prefix that ends before character <paramref name="charIndex"/>: every token that starts
    /// before it, so a token straddling the boundary counts to the prefix. Monotone in the index;
    /// 0 for indices &lt;= 0 and <see cref="TotalTokens"/> at or past the end.
    /// </summary>
    int TokensBefore(int charIndex);
}
