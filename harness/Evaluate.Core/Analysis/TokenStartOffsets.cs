namespace Evaluate.Core.Analysis;

/// <summary>
/// <see cref="ITokenPositions"/> over the start character of every token, in text order:
/// a prefix count is one binary search.
/// </summary>
public sealed class TokenStartOffsets : ITokenPositions
{
    private readonly int[] _starts;

    /// <param name="starts">Start character of each token; made non-decreasing here because a multi-byte
    /// character split over several tokens may report equal or odd offsets.</param>
    public TokenStartOffsets(IReadOnlyList<int> starts)
    {
        _starts = new int[starts.Count];
        var running = 0;
        for (var i = 0; i < _starts.Length; i++)
        {
            running = Math.Max(running, starts[i]);
            _starts[i] = running;
        }
    }

    public int TotalTokens => _starts.Length;

    public int TokensBefore(int charIndex)
    {
        if (charIndex <= 0) return 0;
        // Count of starts strictly below charIndex: the first index whose start is >= charIndex.
        int lo = 0, hi = _starts.Length;
        while (lo < hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (_starts[mid] < charIndex) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
