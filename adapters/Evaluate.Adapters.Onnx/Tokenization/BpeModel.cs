using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Evaluate.Adapters.Onnx.Tokenization;

/// <summary>
/// The <c>model</c> section, type BPE, as Hugging Face applies it to one pre-tokenized word:
/// <list type="bullet">
/// <item><c>ignore_merges</c> (Llama-3): a word that is itself in the vocabulary is that token, whatever the merges.</item>
/// <item>Otherwise each character is a symbol; a character missing from the vocabulary becomes its UTF-8 bytes as
/// &lt;0xXX&gt; tokens with <c>byte_fallback</c> (SentencePiece conversions), else <c>unk_token</c> (consecutive ones
/// fused into one with <c>fuse_unk</c>), else it is dropped, as Hugging Face drops it.</item>
/// <item>Then the adjacent pair of lowest merge rank is merged, leftmost first, until no pair has a merge.</item>
/// </list>
/// </summary>
internal sealed class BpeModel
{
    private const int CacheLimit = 50_000;
    private readonly Dictionary<(int, int), (int Rank, int Id)> _merges;
    private readonly int? _unknownId;
    private readonly bool _fuseUnknown;
    private readonly bool _ignoreMerges;
    private readonly int[]? _byteIds;
    private readonly ConcurrentDictionary<string, int[]> _cache = new(StringComparer.Ordinal);

    private BpeModel(Dictionary<string, int> vocabulary, Dictionary<(int, int), (int, int)> merges, int? unknownId, bool fuseUnknown, bool ignoreMerges, int[]? byteIds)
    {
        Vocabulary = vocabulary;
        _merges = merges;
        _unknownId = unknownId;
        _fuseUnknown = fuseUnknown;
        _ignoreMerges = ignoreMerges;
        _byteIds = byteIds;
    }

    public IReadOnlyDictionary<string, int> Vocabulary { get; }

    public void Encode(string word, List<int> ids)
    {
        if (_cache.TryGetValue(word, out var known))
        {
            ids.AddRange(known);
            return;
        }
        var tokens = Tokenize(word);
        if (_cache.Count >= CacheLimit) _cache.Clear();
        _cache[word] = tokens;
        ids.AddRange(tokens);
    }

    private int[] Tokenize(string word)
    {
        if (_ignoreMerges && Vocabulary.TryGetValue(word, out var whole)) return [whole];
        var symbols = Symbols(word);
        while (symbols.Count > 1)
        {
            var (best, bestRank, bestId) = (-1, int.MaxValue, 0);
            for (var i = 0; i < symbols.Count - 1; i++)
                if (_merges.TryGetValue((symbols[i], symbols[i + 1]), out var merge) && merge.Rank < bestRank)
                    (best, bestRank, bestId) = (i, merge.Rank, merge.Id);
            if (best < 0) break;
            symbols[best] = bestId;
            symbols.RemoveAt(best + 1);
        }
        return [.. symbols];
    }

    private List<int> Symbols(string word)
    {
        var symbols = new List<int>(word.Length);
        var afterUnknown = false;
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in word.EnumerateRunes())
        {
            if (Vocabulary.TryGetValue(rune.ToString(), out var id))
            {
                symbols.Add(id);
                afterUnknown = false;
                continue;
            }
            var bytes = utf8[..rune.EncodeToUtf8(utf8)];
            if (_byteIds is not null && AllBytesKnown(bytes))
            {
                foreach (var b in bytes) symbols.Add(_byteIds[b]);
                afterUnknown = false;
                continue;
            }
            if (_unknownId is int unknown && !(_fuseUnknown && afterUnknown)) symbols.Add(unknown);
            afterUnknown = _unknownId is not null;
        }
        return symbols;
    }

    private bool AllBytesKnown(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes) if (_byteIds![b] < 0) return false;
        return true;
    }

    public static BpeModel Read(JsonSection model)
    {
        model.Allow("type", "dropout", "unk_token", "continuing_subword_prefix", "end_of_word_suffix", "fuse_unk", "byte_fallback", "ignore_merges", "vocab", "merges");
        if (model.Node("dropout") is JsonValue dropout && !(dropout.GetValueKind() == JsonValueKind.Number && dropout.GetValue<double>() == 0))
            throw model.Refuse("dropout", "BPE dropout is not implemented (it samples a different split on every call)");
        foreach (var affix in new[] { "continuing_subword_prefix", "end_of_word_suffix" })
            if (model.String(affix) is { Length: > 0 } value) throw model.Refuse(affix, $"'{value}' is not implemented (byte-level and SentencePiece vocabularies use none)");
        var vocabulary = ReadVocabulary(model);
        var unknown = model.String("unk_token");
        int? unknownId = unknown is null ? null : vocabulary.TryGetValue(unknown, out var u) ? u : throw model.Refuse("unk_token", $"'{unknown}' is not in model.vocab");
        int[]? byteIds = null;
        if (model.Bool("byte_fallback", false))
        {
            byteIds = new int[256];
            for (var b = 0; b < 256; b++) byteIds[b] = vocabulary.TryGetValue($"<0x{b:X2}>", out var id) ? id : -1;
        }
        return new BpeModel(vocabulary, Merges(model, vocabulary), unknownId, model.Bool("fuse_unk", false), model.Bool("ignore_merges", false), byteIds);
    }

    private static Dictionary<string, int> ReadVocabulary(JsonSection model)
    {
        var vocab = model.RequiredSection("vocab");
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (token, id) in vocab.Entries)
            vocabulary[token] = id is JsonValue v && v.TryGetValue<int>(out var i) && i >= 0 ? i : throw new TokenizerFieldException(vocab.Field(token), "must be a whole number >= 0");
        return vocabulary;
    }

    /// <summary>Merges come as "a b" strings (older files) or as ["a", "b"] pairs (newer files); the rank is the position.</summary>
    private static Dictionary<(int, int), (int, int)> Merges(JsonSection model, Dictionary<string, int> vocabulary)
    {
        var merges = new Dictionary<(int, int), (int, int)>();
        var list = model.Array("merges");
        for (var rank = 0; rank < list.Count; rank++)
        {
            var field = $"{model.Field("merges")}[{rank}]";
            var (left, right) = list[rank] switch
            {
                JsonArray { Count: 2 } pair when pair[0] is JsonValue l && pair[1] is JsonValue r => (l.GetValue<string>(), r.GetValue<string>()),
                JsonValue v when v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Split(' ') is [var l, var r] => (l, r),
                _ => throw new TokenizerFieldException(field, "must be \"left right\" or [left, right]"),
            };
            if (!vocabulary.TryGetValue(left, out var a) || !vocabulary.TryGetValue(right, out var b) || !vocabulary.TryGetValue(left + right, out var merged))
                throw new TokenizerFieldException(field, $"'{left} {right}' names a token missing from model.vocab");
            merges.TryAdd((a, b), (rank, merged));
        }
        return merges;
    }
}
