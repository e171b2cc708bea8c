using Microsoft.ML.Tokenizers;

namespace Evaluate.Adapters.Onnx.Tokenization;

/// <summary>A loaded tokenizer.json: text to ids and back, and the ids of its added tokens.</summary>
/// <param name="AddedTokens">Tokens matched whole when encoding (ChatML markers, &lt;think&gt;, step separators).</param>
/// <param name="HiddenIds">Added tokens marked <c>special</c>: left out of decoded text, as servers do (end-of-turn markers);
/// non-special added tokens such as &lt;think&gt; stay in the text.</param>
/// <param name="VocabularySize">Largest id + 1 over the vocabulary and the added tokens; must fit the model's logits.</param>
public sealed record TextTokenizer(string Path, Tokenizer Tokenizer, IReadOnlyDictionary<string, int> AddedTokens, IReadOnlySet<int> HiddenIds, int VocabularySize)
{
    public IReadOnlyList<int> Encode(string text) => Tokenizer.EncodeToIds(text);

    public string Decode(IEnumerable<int> ids)
    {
        var shown = ids.Where(id => !HiddenIds.Contains(id));
        return Tokenizer is BpeTokenizer bpe ? bpe.Decode(shown, considerSpecialTokens: true) : Tokenizer.Decode(shown);
    }

    public string TokenText(int id) => Decode([id]);

    public int? IdOf(string token) =>
        AddedTokens.TryGetValue(token, out var special) ? special
        : Encode(token) is [var only] ? only
        : null;
}
