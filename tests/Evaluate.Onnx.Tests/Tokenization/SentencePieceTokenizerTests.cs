using System.Text.Json.Nodes;
using Evaluate.Adapters.Onnx.Tokenization;

namespace Evaluate.Onnx.Tests.Tokenization;

/// <summary>
/// SentencePiece-converted BPE tokenizers in the two tokenizer.json forms the families publish: Llama-2 / Phi-3
/// (normalizer Prepend "▁" + Replace " "→"▁", no pre-tokenizer) and the newer Mistral / Llama-2 conversions
/// (Metaspace pre-tokenizer, prepend_scheme "first"). Both with byte_fallback, &lt;0x..&gt; byte tokens, BOS &lt;s&gt;
/// from TemplateProcessing, and the decoder Sequence Replace / ByteFallback / Fuse / Strip.
/// </summary>
public sealed class SentencePieceTokenizerTests
{
    private const string Model = """
        "model": {"type": "BPE", "dropout": null, "unk_token": "<unk>", "continuing_subword_prefix": null, "end_of_word_suffix": null,
                  "fuse_unk": true, "byte_fallback": true}
        """;

    private const string BosTemplate = """
        "post_processor": {"type": "TemplateProcessing",
          "single": [{"SpecialToken": {"id": "<s>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}}],
          "pair": [{"SpecialToken": {"id": "<s>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                   {"SpecialToken": {"id": "<s>", "type_id": 1}}, {"Sequence": {"id": "B", "type_id": 1}}],
          "special_tokens": {"<s>": {"id": "<s>", "ids": [1], "tokens": ["<s>"]}}}
        """;

    private const string ByteFallbackDecoder = """
        "decoder": {"type": "Sequence", "decoders": [
          {"type": "Replace", "pattern": {"String": "▁"}, "content": " "},
          {"type": "ByteFallback"}, {"type": "Fuse"},
          {"type": "Strip", "content": " ", "start": 1, "stop": 0}]}
        """;

    internal const string PrependReplaceSections = "{" + """
        "normalizer": {"type": "Sequence", "normalizers": [
          {"type": "Prepend", "prepend": "▁"},
          {"type": "Replace", "pattern": {"String": " "}, "content": "▁"}]},
        "pre_tokenizer": null,
        """ + BosTemplate + "," + ByteFallbackDecoder + "," + Model + "}";

    internal const string MetaspaceSections = "{" + """
        "normalizer": null,
        "pre_tokenizer": {"type": "Metaspace", "replacement": "▁", "prepend_scheme": "first", "split": false},
        """ + BosTemplate + "," + ByteFallbackDecoder + "," + Model + "}";

    public const int Bos = 1;
    public const int User = 320;
    public const int End = 321;

    /// <summary>
    /// Pieces from 259: "▁" 259, "h" 260, "e" 261, "l" 262, "o" 263, "w" 264, "r" 265, "d" 266, "he" 267, "ll" 268,
    /// "▁he" 269, "▁hell" 270, "▁hello" 271, "▁w" 272, "or" 273, "▁wor" 274, "ld" 275, "▁world" 276; merges in the
    /// order that builds them. Byte tokens: &lt;0xXX&gt; is 3 + XX, so '\n' is 13, 0xC3 is 198, 0xA9 is 172.
    /// </summary>
    internal static JsonObject Document(string sections) => SmallTokenizer.Document(sections,
        SmallTokenizer.SentencePiece(
            ["▁", "h", "e", "l", "o", "w", "r", "d", "he", "ll", "▁he", "▁hell", "▁hello", "▁w", "or", "▁wor", "ld", "▁world"],
            ("h", "e"), ("l", "l"), ("▁", "he"), ("▁he", "ll"), ("▁hell", "o"), ("▁", "w"), ("o", "r"), ("▁w", "or"), ("l", "d"), ("▁wor", "ld")),
        SmallTokenizer.Added(0, "<unk>"), SmallTokenizer.Added(1, "<s>"), SmallTokenizer.Added(2, "</s>"),
        SmallTokenizer.Added(User, "<|user|>", rstrip: true), SmallTokenizer.Added(End, "<|end|>"));

    private static IEnumerable<TestCaseData> Forms()
    {
        yield return new TestCaseData(PrependReplaceSections).SetArgDisplayNames("Prepend-Replace");
        yield return new TestCaseData(MetaspaceSections).SetArgDisplayNames("Metaspace");
    }

    [TestCaseSource(nameof(Forms))]
    public void Words_take_the_space_marker_and_a_byte_missing_from_the_vocabulary_falls_back_to_its_byte_token(string sections)
    {
        // "hello world\n" → "▁hello▁world\n" (leading ▁ prepended, space replaced). Merges in rank order:
        // h e, l l, ▁ he, ▁he ll, ▁hell o → "▁hello" 271; ▁ w, o r, ▁w or, l d, ▁wor ld → "▁world" 276.
        // '\n' is no piece: byte fallback gives <0x0A> = 13. BOS <s> (1) from TemplateProcessing.
        var tokenizer = SmallTokenizer.Load(Document(sections));
        Assert.That(tokenizer.Encode("hello world\n"), Is.EqualTo(new[] { Bos, 271, 276, 13 }));
        // "hé" → "▁hé": ▁ 259, h 260 (no merge "▁ h"), é is the bytes C3 A9 → <0xC3> 198, <0xA9> 172.
        Assert.That(tokenizer.Encode("hé"), Is.EqualTo(new[] { Bos, 259, 260, 198, 172 }));
    }

    [TestCaseSource(nameof(Forms))]
    public void Decoding_turns_markers_into_spaces_joins_byte_tokens_and_strips_the_leading_space(string sections)
    {
        var tokenizer = SmallTokenizer.Load(Document(sections));
        // "▁hello" "▁world" "<0x0A>" → " hello world\n" → one leading space stripped; <s> is special, left out.
        Assert.That(tokenizer.Decode([Bos, 271, 276, 13]), Is.EqualTo("hello world\n"));
        Assert.That(tokenizer.Decode([Bos, 259, 260, 198, 172]), Is.EqualTo("hé"));
        Assert.That(tokenizer.Decode(tokenizer.Encode("Zürich: 3 × 4 = 12\n\tok")), Is.EqualTo("Zürich: 3 × 4 = 12\n\tok"));
    }

    [Test]
    public void The_prepend_normalizer_marks_every_stretch_between_added_tokens()
    {
        // Prepend applies to each stretch of text between added tokens (the SentencePiece "legacy" behaviour):
        // "<s>" is matched whole and not doubled; "hello" after it still becomes "▁hello" 271.
        var tokenizer = SmallTokenizer.Load(Document(PrependReplaceSections));
        Assert.That(tokenizer.Encode("<s>hello"), Is.EqualTo(new[] { Bos, 271 }));
    }

    [Test]
    public void Metaspace_first_marks_only_the_stretch_at_the_start_of_the_text()
    {
        // prepend_scheme "first": "hello" after "<s>" does not start the text, so it gets no ▁:
        // h e → "he" 267, l l → "ll" 268, then "o" 263 ("he ll" is no merge; only "▁he ll" is).
        var tokenizer = SmallTokenizer.Load(Document(MetaspaceSections));
        Assert.That(tokenizer.Encode("<s>hello"), Is.EqualTo(new[] { Bos, 267, 268, 263 }));
        Assert.That(tokenizer.Encode("hello"), Is.EqualTo(new[] { Bos, 271 }));
    }

    [Test]
    public void An_added_token_with_rstrip_takes_the_whitespace_after_it()
    {
        // "<|user|>" (rstrip, as Phi-3's chat markers) absorbs the "\n" after it; "hello" → "▁hello" 271; "<|end|>" 321.
        var tokenizer = SmallTokenizer.Load(Document(PrependReplaceSections));
        Assert.That(tokenizer.Encode("<|user|>\nhello<|end|>"), Is.EqualTo(new[] { Bos, User, 271, End }));
    }

    [Test]
    public void Metaspace_with_split_cuts_before_each_marker_and_its_decoder_drops_the_first_marker()
    {
        // prepend_scheme "always", split true: "hello world" → "▁hello" 271 and "▁world" 276 as separate words.
        // The Metaspace decoder turns markers into spaces, except in the first token, where the encoder put one.
        var sections = MetaspaceSections
            .Replace("\"prepend_scheme\": \"first\", \"split\": false", "\"prepend_scheme\": \"always\", \"split\": true", StringComparison.Ordinal)
            .Replace(ByteFallbackDecoder, "\"decoder\": {\"type\": \"Metaspace\", \"replacement\": \"▁\", \"prepend_scheme\": \"always\", \"split\": true}", StringComparison.Ordinal);
        var tokenizer = SmallTokenizer.Load(Document(sections));
        Assert.That(tokenizer.Encode("hello world"), Is.EqualTo(new[] { Bos, 271, 276 }));
        Assert.That(tokenizer.Decode([Bos, 271, 276]), Is.EqualTo("hello world"));
    }

    [TestCase(true, new[] { Bos, 259, 260, 0 }, TestName = "Without byte fallback, unknown characters are <unk>, fused into one")]
    [TestCase(false, new[] { Bos, 259, 260, 0, 0 }, TestName = "Without byte fallback or fuse_unk, each unknown character is one <unk>")]
    public void Unknown_characters_without_byte_fallback(bool fuse, int[] expected)
    {
        // "hé€" → "▁hé€": ▁ 259, h 260, then é and € are no pieces and byte_fallback is off: <unk> (0).
        var sections = PrependReplaceSections
            .Replace("\"fuse_unk\": true, \"byte_fallback\": true", $"\"fuse_unk\": {(fuse ? "true" : "false")}, \"byte_fallback\": false", StringComparison.Ordinal);
        Assert.That(SmallTokenizer.Load(Document(sections)).Encode("hé€"), Is.EqualTo(expected));
    }

    [Test]
    public void Byte_fallback_applies_without_any_other_sentencepiece_section()
    {
        // No normalizer, pre-tokenizer or post-processor: only the model's byte_fallback. "h\n": 'h' is the piece 260,
        // '\n' is no piece and becomes <0x0A> (13), not <unk> (0).
        var tokenizer = SmallTokenizer.Load(Document("{\"normalizer\": null, \"pre_tokenizer\": null, \"post_processor\": null, "
            + ByteFallbackDecoder + "," + Model + "}"));
        Assert.That(tokenizer.Encode("h\n"), Is.EqualTo(new[] { 260, 13 }));
        Assert.That(tokenizer.Decode([260, 13]), Is.EqualTo("h\n"));
    }
}
