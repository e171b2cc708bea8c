using Evaluate.Core.Models;

namespace Evaluate.Core.Analysis;

/// <summary>
/// Fallback for a counter that cannot report offsets: counts each asked prefix from scratch.
/// Exact for the counter but costs one encode per question, so use it only for counters without a mapper.
/// </summary>
public sealed class CountingTokenPositionMapper(ITokenCounter counter) : ITokenPositionMapper
{
    public string Name => counter.Name;

    public ITokenPositions Map(string text) => new Positions(counter, text ?? string.Empty);

    /// <summary>The best mapper for <paramref name="counter"/>: itself when it maps, the exact approximate mapper, else prefix counting.</summary>
    public static ITokenPositionMapper For(ITokenCounter counter) => counter switch
    {
        ITokenPositionMapper mapper => mapper,
        ApproximateTokenCounter => ApproximateTokenPositionMapper.Instance,
        _ => new CountingTokenPositionMapper(counter),
    };

    private sealed class Positions(ITokenCounter counter, string text) : ITokenPositions
    {
        public int TotalTokens { get; } = counter.CountTokens(text);

        public int TokensBefore(int charIndex)
        {
            if (charIndex <= 0) return 0;
            if (charIndex >= text.Length) return TotalTokens;
            return counter.CountTokens(text[..charIndex]);
        }
    }
}
