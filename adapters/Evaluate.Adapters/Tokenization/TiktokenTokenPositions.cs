using Evaluate.Core.Analysis;

namespace Evaluate.Adapters.Tokenization;

/// <summary>
/// Prefix token counts equal to encoding the prefix alone, from one encode of the whole text. A token that straddles
/// the asked position (".\n\n" after a sentence, split by BPE into "." and ".\n\n"-like pieces) would otherwise be
/// counted whole: so the count is "tokens before the last clean cut" (a cut no pre-token spans, see
/// <see cref="TokenizerChunks"/>) plus a fresh encode of the short stretch from that cut to the position.
/// When no clean cut lies within <see cref="TokenizerChunks.MaxRunWithoutCut"/> characters (hostile text),
/// it falls back to counting every token that starts before the position.
/// </summary>
internal sealed class TiktokenTokenPositions(string text, PerThreadTokenizer tokenizers, TokenStartOffsets starts) : ITokenPositions
{
    public int TotalTokens => starts.TotalTokens;

    public int TokensBefore(int charIndex)
    {
        if (charIndex <= 0) return 0;
        if (charIndex >= text.Length) return TotalTokens;
        var floor = Math.Max(0, charIndex - TokenizerChunks.MaxRunWithoutCut);
        for (var cut = charIndex; cut >= floor; cut--)
        {
            // The start of the text is a clean cut too.
            if (cut > 0 && !TokenizerChunks.IsCleanCut(text, cut)) continue;
            var tail = cut == charIndex ? 0 : tokenizers.Current.CountTokens(text.AsSpan(cut, charIndex - cut));
            return starts.TokensBefore(cut) + tail;
        }
        return starts.TokensBefore(charIndex);
    }
}
