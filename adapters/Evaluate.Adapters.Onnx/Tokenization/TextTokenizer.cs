namespace Evaluate.Adapters.Onnx.Tokenization;

/// <summary>
/// A loaded tokenizer.json: text to ids and back, run as Hugging Face's pipeline runs it — added tokens matched whole,
/// then normalizer, pre-tokenizer and BPE model on the text between them, then the post-processor's special tokens.
/// </summary>
public sealed class TextTokenizer
{
    private readonly AddedTokenMatcher _rawTokens;
    private readonly AddedTokenMatcher _normalizedTokens;
    private readonly TextNormalizer _normalizer;
    private readonly PreTokenizer _preTokenizer;
    private readonly BpeModel _model;
    private readonly PostProcessor _postProcessor;
    private readonly TokenDecoder _decoder;
    private readonly string?[] _tokenText;

    internal TextTokenizer(string path, IReadOnlyList<AddedToken> added, TextNormalizer normalizer, PreTokenizer preTokenizer, BpeModel model, PostProcessor postProcessor, TokenDecoder decoder)
    {
        Path = path;
        _rawTokens = new AddedTokenMatcher(added.Where(t => !t.Normalized));
        _normalizedTokens = new AddedTokenMatcher(added.Where(t => t.Normalized));
        _normalizer = normalizer;
        _preTokenizer = preTokenizer;
        _model = model;
        _postProcessor = postProcessor;
        _decoder = decoder;
        AddedTokens = added.GroupBy(t => t.Content, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Id, StringComparer.Ordinal);
        HiddenIds = added.Where(t => t.Special).Select(t => t.Id).ToHashSet();
        VocabularySize = Math.Max(model.Vocabulary.Values.DefaultIfEmpty(-1).Max(), added.Select(t => t.Id).DefaultIfEmpty(-1).Max()) + 1;
        _tokenText = new string?[VocabularySize];
        foreach (var (token, id) in model.Vocabulary) _tokenText[id] = token;
        foreach (var token in added) _tokenText[token.Id] = token.Content;
    }

    public string Path { get; }

    /// <summary>Tokens matched whole when encoding (ChatML markers, &lt;think&gt;, step separators, &lt;s&gt;).</summary>
    public IReadOnlyDictionary<string, int> AddedTokens { get; }

    /// <summary>Added tokens marked <c>special</c>: left out of decoded text, as servers do (end-of-turn markers);
    /// non-special added tokens such as &lt;think&gt; stay in the text.</summary>
    public IReadOnlySet<int> HiddenIds { get; }

    /// <summary>Largest id + 1 over the vocabulary and the added tokens; must fit the model's logits.</summary>
    public int VocabularySize { get; }

    /// <summary>
    /// The ids of <paramref name="text"/>. With <paramref name="addSpecialTokens"/> (a whole prompt), the post-processor's
    /// special tokens are added once around it — Llama-3's &lt;|begin_of_text|&gt;, Llama-2's &lt;s&gt; — unless the text
    /// already starts (ends) with them, as a chat template that writes bos_token does. Without it (a continuation
    /// encoded on its own, such as a reward prompt's next step) none are added.
    /// </summary>
    public IReadOnlyList<int> Encode(string text, bool addSpecialTokens = true)
    {
        var ids = new List<int>();
        foreach (var (stretch, id) in _rawTokens.Split(new Piece(text, StartsText: true)))
        {
            if (id is int token) ids.Add(token);
            else EncodeStretch(stretch!.Value, ids);
        }
        return addSpecialTokens ? _postProcessor.Apply(ids) : ids;
    }

    private void EncodeStretch(Piece stretch, List<int> ids)
    {
        var normalized = stretch with { Text = _normalizer.Apply(stretch.Text) };
        foreach (var (part, id) in _normalizedTokens.Split(normalized))
        {
            if (id is int token)
            {
                ids.Add(token);
                continue;
            }
            foreach (var word in _preTokenizer.Split(part!.Value)) _model.Encode(word.Text, ids);
        }
    }

    public string Decode(IEnumerable<int> ids)
    {
        var tokens = new List<string>();
        foreach (var id in ids)
            if (!HiddenIds.Contains(id) && id >= 0 && id < _tokenText.Length && _tokenText[id] is { } text) tokens.Add(text);
        return _decoder.Decode(tokens);
    }

    public string TokenText(int id) => Decode([id]);

    /// <summary>The id of an exact vocabulary entry (e.g. <c>Ġ+</c>, <c>▁ки</c>) as the model file spells it, or null.</summary>
    public int? VocabularyId(string entry) => _model.Vocabulary.TryGetValue(entry, out var id) ? id : null;

    /// <summary>The id of an added token, or of text that encodes to exactly one token (no special tokens added).</summary>
    public int? IdOf(string token) =>
        AddedTokens.TryGetValue(token, out var special) ? special
        : Encode(token, addSpecialTokens: false) is [var only] ? only
        : null;
}
