using Evaluate.Core.Analysis;
using Evaluate.Core.Models;
using Microsoft.ML.Tokenizers;

namespace Evaluate.Adapters.Tokenization;

/// <summary>
/// Real BPE token counts with the tiktoken encodings that ship as Microsoft.ML.Tokenizers data packages
/// (this project references the o200k data, which serves o200k_base and o200k_harmony). Also maps character positions to token positions from one encode.
/// Creating one loads the vocabulary (slow): make one per run and share it; it is safe across threads.
/// </summary>
public sealed class TiktokenTokenCounter : ITokenCounter, ITokenPositionMapper
{
    public const string DefaultEncoding = "o200k_base";

    /// <summary>Encodings whose data package the adapters project references.</summary>
    public static IReadOnlyList<string> ShippedEncodings { get; } = [DefaultEncoding, "o200k_harmony"];

    private static readonly Lazy<TiktokenTokenCounter> DefaultInstance = new(() => new TiktokenTokenCounter());

    /// <summary>The shared o200k_base counter.</summary>
    public static TiktokenTokenCounter Default => DefaultInstance.Value;

    private readonly TiktokenTokenizer _tokenizer;

    public TiktokenTokenCounter(string encoding = DefaultEncoding)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(encoding);
        try
        {
            _tokenizer = TiktokenTokenizer.CreateForEncoding(encoding);
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

    public int CountTokens(string text)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        var count = 0;
        foreach (var chunk in TokenizerChunks.Split(text))
            count += _tokenizer.CountTokens(text.AsSpan(chunk.Start, chunk.Length));
        return count;
    }

    public ITokenPositions Map(string text)
    {
        text ??= string.Empty;
        var starts = new List<int>(text.Length / 3 + 1);
        foreach (var chunk in TokenizerChunks.Split(text))
        {
            var tokens = _tokenizer.EncodeToTokens(text.AsSpan(chunk.Start, chunk.Length), out _);
            foreach (var token in tokens)
                starts.Add(chunk.Start + token.Offset.Start.GetOffset(chunk.Length));
        }
        return new TiktokenTokenPositions(text, _tokenizer, new TokenStartOffsets(starts));
    }
}
