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
    /// Tokens of the prefix that ends before character <paramref name="charIndex"/>, as if it were encoded alone
    /// where the implementation can, else every token that starts before the index (a straddling token counts).
    /// 0 for indices &lt;= 0 and <see cref="TotalTokens"/> at or past the end. BPE prefix counts are not strictly
    /// monotone in rare cases, so callers that subtract positions clamp at zero.
    /// </summary>
    int TokensBefore(int charIndex);
}
