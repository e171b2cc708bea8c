using Microsoft.ML.Tokenizers;

namespace Evaluate.Adapters.Onnx.Tokenization;

/// <summary>A loaded tokenizer.json: text to ids and back, and the ids of its added (special) tokens.</summary>
/// <param name="VocabularySize">Largest id + 1 over the vocabulary and the added tokens; must fit the model's logits.</param>
public sealed record TextTokenizer(string Path, Tokenizer Tokenizer, IReadOnlyDictionary<string, int> AddedTokens, int VocabularySize)
{
    public IReadOnlyList<int> Encode(string text) => Tokenizer.EncodeToIds(text);

    /// <summary>Text of generated ids; added tokens such as end-of-turn markers are left out, as servers do.</summary>
    public string Decode(IEnumerable<int> ids) =>
        Tokenizer is BpeTokenizer bpe ? bpe.Decode(ids, considerSpecialTokens: false) : Tokenizer.Decode(ids);

    public string TokenText(int id) => Decode([id]);

    public int? IdOf(string token) =>
        AddedTokens.TryGetValue(token, out var special) ? special
        : Encode(token) is [var only] ? only
        : null;
}
