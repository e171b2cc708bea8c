using Evaluate.Core.Models;

namespace Evaluate.Core.Analysis;

/// <summary>
/// Prefix counts that agree exactly with <see cref="ApproximateTokenCounter"/> on every prefix
/// (max of words started and ceil(chars/4)), computed from one scan for word starts.
/// </summary>
public sealed class ApproximateTokenPositionMapper : ITokenPositionMapper
{
    public static ApproximateTokenPositionMapper Instance { get; } = new();

    public string Name => ApproximateTokenCounter.Instance.Name;

    public ITokenPositions Map(string text) => new Positions(text ?? string.Empty);

    private sealed class Positions : ITokenPositions
    {
        private readonly TokenStartOffsets _wordStarts;
        private readonly int _length;

        public Positions(string text)
        {
            _length = text.Length;
            var starts = new List<int>();
            var inWord = false;
            for (var i = 0; i < text.Length; i++)
            {
                var isSpace = char.IsWhiteSpace(text[i]);
                if (!isSpace && !inWord) starts.Add(i);
                inWord = !isSpace;
            }
            _wordStarts = new TokenStartOffsets(starts);
            TotalTokens = TokensBefore(_length);
        }

        public int TotalTokens { get; }

        public int TokensBefore(int charIndex)
        {
            var chars = Math.Clamp(charIndex, 0, _length);
            if (chars == 0) return 0;
            return Math.Max(_wordStarts.TokensBefore(chars), (chars + 3) / 4);
        }
    }
}
