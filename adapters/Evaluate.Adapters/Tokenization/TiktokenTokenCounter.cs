using Evaluate.Core.Analysis;
using Evaluate.Core.Models;
using Microsoft.ML.Tokenizers;

namespace Evaluate.Adapters.Tokenization;

/// <summary>
/// Real BPE token counts with the tiktoken encodings that ship as Microsoft.ML.Tokenizers data packages
/// (this project references the o200k data, which serves o200k_base and o200k_harmony). Also maps character positions to token positions from one encode.
/// Creating one loads the vocabulary (slow): make one per run and share it; it is safe across threads, which tokenise
/// with tokenizers of their own (<see cref="PerThreadTokenizer"/>). A text counted and then mapped (a response, then
/// its analysis) is tokenised once (<see cref="RecentTokenMaps"/>).
/// </summary>
public sealed class TiktokenTokenCounter : ITokenCounter, ITokenPositionMapper
{
    public const string DefaultEncoding = "o200k_base";

    /// <summary>Encodings whose data package the adapters project references.</summary>
    public static IReadOnlyList<string> ShippedEncodings { get; } = [DefaultEncoding, "o200k_harmony"];

    private static readonly Lazy<TiktokenTokenCounter> DefaultInstance = new(() => new TiktokenTokenCounter());

    /// <summary>The shared o200k_base counter.</summary>
    public static TiktokenTokenCounter Default => DefaultInstance.Value;

    private readonly PerThreadTokenizer _tokenizers;
    private readonly RecentTokenMaps _recent = new();

    public TiktokenTokenCounter(string encoding = DefaultEncoding)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(encoding);
        try
        {
            _tokenizers = new PerThreadTokenizer(encoding, TiktokenTokenizer.CreateForEncoding(encoding));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or InvalidOperationException
                                      or FileNotFoundException or IOException or TypeLoadException)
        {
            throw new ArgumentException(
                $"Token encoding '{encoding}' is not available; shipped: {string.Join(", ", ShippedEncodings)}.",
                nameof(encoding), e);
        }
        Name = encoding;
    }

    public string Name { get; }

    /// <summary>Texts short enough to be remembered are encoded with their positions (the analyser will want them);
    /// longer ones are only counted.</summary>
    public int CountTokens(string text)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        if (text.Length <= RecentTokenMaps.MaxCachedLength)
            return CountAroundTrimmedCore(text) ?? Starts(text).TotalTokens;
        var tokenizer = _tokenizers.Current;
        var count = 0;
        foreach (var chunk in TokenizerChunks.Split(text))
            count += tokenizer.CountTokens(text.AsSpan(chunk.Start, chunk.Length));
        return count;
    }

    public ITokenPositions Map(string text)
    {
        text ??= string.Empty;
        return new TiktokenTokenPositions(text, _tokenizers, Starts(text));
    }

    /// <summary>
    /// A response that ends (or starts) with whitespace is analysed trimmed, so counting it as it is would encode it a
    /// second time. Instead its trimmed core is encoded with positions (remembered for the analyser) and the count is
    /// the core's tokens before its last clean cut plus a fresh count of the rest: exact, because no pre-token spans a
    /// clean cut (<see cref="TokenizerChunks.IsCleanCut"/>). Null when the text has no such edge or no cut fits.
    /// </summary>
    private int? CountAroundTrimmedCore(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        var end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (start == 0 && end == text.Length || end - start < 2) return null;
        // Leading whitespace must end where a pre-token cannot continue (a newline before the first character).
        if (start > 0 && !TokenizerChunks.IsCleanCut(text, start)) return null;
        // Every part must be one piece to the encoder, as the whole text's count would cut it (no hard cuts).
        if (start > TokenizerChunks.MaxRunWithoutCut) return null;
        var core = text[start..end];
        if (TokenizerChunks.Split(core).Count > 1) return null;
        var cut = core.Length - 1;
        var floor = Math.Max(1, core.Length - TokenizerChunks.MaxRunWithoutCut);
        while (cut >= floor && !TokenizerChunks.IsCleanCut(core, cut)) cut--;
        if (cut < floor || text.Length - (start + cut) > TokenizerChunks.MaxRunWithoutCut) return null;
        var tokenizer = _tokenizers.Current;
        var head = start == 0 ? 0 : tokenizer.CountTokens(text.AsSpan(0, start));
        return head + Starts(core).TokensBefore(cut) + tokenizer.CountTokens(text.AsSpan(start + cut));
    }

    private TokenStartOffsets Starts(string text)
    {
        if (_recent.Find(text) is { } known) return known;
        var tokenizer = _tokenizers.Current;
        var starts = new List<int>(text.Length / 3 + 1);
        foreach (var chunk in TokenizerChunks.Split(text))
        {
            var tokens = tokenizer.EncodeToTokens(text.AsSpan(chunk.Start, chunk.Length), out _);
            foreach (var token in tokens)
                starts.Add(chunk.Start + token.Offset.Start.GetOffset(chunk.Length));
        }
        var offsets = new TokenStartOffsets(starts);
        _recent.Remember(text, offsets);
        return offsets;
    }
}
