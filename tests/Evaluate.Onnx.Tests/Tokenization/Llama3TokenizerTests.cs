using System.Text.Json.Nodes;
using Evaluate.Adapters.Onnx.Tokenization;

namespace Evaluate.Onnx.Tests.Tokenization;

/// <summary>
/// Llama-3's tokenizer.json sections as published (normalizer, pre_tokenizer, post_processor, decoder, the model's
/// flags), over a small byte-level vocabulary (<see cref="SmallTokenizer.ByteLevel"/>: a byte's id is its value).
/// </summary>
public sealed class Llama3TokenizerTests
{
    internal const string Sections = """
        {
          "normalizer": null,
          "pre_tokenizer": {"type": "Sequence", "pretokenizers": [
            {"type": "Split", "pattern": {"Regex": "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+"}, "behavior": "Isolated", "invert": false},
            {"type": "ByteLevel", "add_prefix_space": false, "trim_offsets": true, "use_regex": false}]},
          "post_processor": {"type": "Sequence", "processors": [
            {"type": "ByteLevel", "add_prefix_space": true, "trim_offsets": false, "use_regex": true},
            {"type": "TemplateProcessing",
             "single": [{"SpecialToken": {"id": "<|begin_of_text|>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}}],
             "pair": [{"SpecialToken": {"id": "<|begin_of_text|>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                      {"SpecialToken": {"id": "<|begin_of_text|>", "type_id": 1}}, {"Sequence": {"id": "B", "type_id": 1}}],
             "special_tokens": {"<|begin_of_text|>": {"id": "<|begin_of_text|>", "ids": [400], "tokens": ["<|begin_of_text|>"]}}}]},
          "decoder": {"type": "ByteLevel", "add_prefix_space": true, "trim_offsets": true, "use_regex": true},
          "model": {"type": "BPE", "dropout": null, "unk_token": null, "continuing_subword_prefix": null, "end_of_word_suffix": null,
                    "fuse_unk": false, "byte_fallback": false, "ignore_merges": true}
        }
        """;

    public const int BeginOfText = 400;
    public const int EndOfTurn = 401;

    /// <summary>
    /// Merges: "h e" → 256, "l l" → 257, "he ll" → 258 ("hell"), "1 2" → 259, "12 3" → 260 ("123"), "4 5" → 261.
    /// " hello" (byte-level "Ġhello") is a vocabulary word 300 that no merge chain builds: with ignore_merges the
    /// word is looked up whole; merges alone would give "Ġ" "hell" "o".
    /// </summary>
    internal static JsonObject Document() => SmallTokenizer.Document(Sections,
        SmallTokenizer.ByteLevel([("h", "e"), ("l", "l"), ("he", "ll"), ("1", "2"), ("12", "3"), ("4", "5")], (" hello", 300)),
        SmallTokenizer.Added(BeginOfText, "<|begin_of_text|>"), SmallTokenizer.Added(EndOfTurn, "<|eot_id|>"));

    private TextTokenizer _tokenizer = null!;

    [OneTimeSetUp] public void Load() => _tokenizer = SmallTokenizer.Load(Document());

    [Test]
    public void A_vocabulary_word_maps_to_its_id_whole_and_the_prompt_starts_with_the_post_processors_bos()
    {
        // "hello hello" splits (Split regex, Isolated) into "hello" and " hello".
        // "hello" is not in the vocabulary: merges give h+e → 256, l+l → 257, he+ll → 258, then 'o' (111) stays.
        // " hello" is the vocabulary word 300 (ignore_merges). TemplateProcessing's single puts <|begin_of_text|> (400) first.
        Assert.That(_tokenizer.Encode("hello hello"), Is.EqualTo(new[] { BeginOfText, 258, 111, 300 }));
    }

    [Test]
    public void Digits_go_in_groups_of_three_by_the_split_pattern()
    {
        // \p{N}{1,3} splits "12345" into "123" (1+2 → 259, 12+3 → 260) and "45" (4+5 → 261).
        Assert.That(_tokenizer.Encode("12345"), Is.EqualTo(new[] { BeginOfText, 260, 261 }));
    }

    [Test]
    public void A_prompt_that_already_starts_with_bos_gets_no_second_one()
    {
        // A chat template that writes {{ bos_token }} renders "<|begin_of_text|>" itself: matched whole as the added
        // token 400, so the post-processor adds nothing. "hi" is h (104), i (105): no merge joins them.
        Assert.That(_tokenizer.Encode("<|begin_of_text|>hi"), Is.EqualTo(new[] { BeginOfText, 104, 105 }));
    }

    [Test]
    public void Decoding_leaves_out_special_tokens_and_maps_byte_characters_back()
    {
        Assert.That(_tokenizer.Decode([BeginOfText, 258, 111, 300, EndOfTurn]), Is.EqualTo("hello hello"));
        Assert.That(_tokenizer.Decode(_tokenizer.Encode("héllo ✓ 12345\n\tend")), Is.EqualTo("héllo ✓ 12345\n\tend"));
    }
}
