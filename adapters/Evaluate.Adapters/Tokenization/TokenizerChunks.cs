namespace Evaluate.Adapters.Tokenization;

/// <summary>
/// Cuts long text into pieces the BPE encoder handles in bounded time. BPE cost grows faster than linearly in the
/// length of one pre-token (measured: 32 k unspaced CJK characters take seconds), and hostile or unspaced output
/// can be one huge pre-token. Cutting at a "clean cut" (<see cref="IsCleanCut"/>), which no o200k pre-token
/// spans, leaves the counts exact. A stretch longer than
/// <see cref="MaxRunWithoutCut"/> without a clean cut is cut hard, which may shift its count by about a token per cut.
/// </summary>
internal static class TokenizerChunks
{
    /// <summary>Longest piece passed to the encoder in one call.</summary>
    internal const int PieceLength = 8192;

    /// <summary>Longest stretch without a clean cut before cutting hard; keeps every pre-token short.</summary>
    internal const int MaxRunWithoutCut = 512;

    public static List<(int Start, int Length)> Split(string text)
    {
        var pieces = new List<(int Start, int Length)>(text.Length / PieceLength + 1);
        int pieceStart = 0, runStart = 0, lastClean = -1;
        for (var i = 1; i < text.Length; i++)
        {
            if (IsCleanCut(text, i))
            {
                runStart = i;
                lastClean = i;
            }
            else if (i - runStart >= MaxRunWithoutCut && !char.IsLowSurrogate(text[i]))
            {
                pieces.Add((pieceStart, i - pieceStart));
                pieceStart = runStart = i;
                continue;
            }
            if (i - pieceStart >= PieceLength)
            {
                var cut = lastClean > pieceStart ? lastClean : i;
                if (char.IsLowSurrogate(text[cut])) continue;
                pieces.Add((pieceStart, cut - pieceStart));
                pieceStart = cut;
                runStart = Math.Max(runStart, cut);
            }
        }
        if (pieceStart < text.Length) pieces.Add((pieceStart, text.Length - pieceStart));
        return pieces;
    }

    /// <summary>
    /// Before a single space between two non-space characters, or after a newline that a non-space character
    /// follows: o200k pre-tokens never continue across either (newline runs end a pre-token, and words, digits and
    /// punctuation never take a leading newline).
    /// </summary>
    internal static bool IsCleanCut(string text, int i) =>
        i > 0 && i < text.Length && !char.IsWhiteSpace(text[i]) && text[i - 1] == '\n'
        || i > 0 && i + 1 < text.Length && text[i] == ' '
           && !char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i + 1]);
}
