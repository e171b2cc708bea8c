namespace Evaluate.Onnx.Tests.Tokenization;

/// <summary>Qwen2's tokenizer.json sections as published (NFC, Split with single digits then ByteLevel without regex,
/// ByteLevel post-processor that adds nothing, no ignore_merges), over a small byte-level vocabulary.</summary>
public sealed class Qwen2TokenizerTests
{
    private const string Sections = """
        {
          "normalizer": {"type": "NFC"},
          "pre_tokenizer": {"type": "Sequence", "pretokenizers": [
            {"type": "Split", "pattern": {"Regex": "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+"}, "behavior": "Isolated", "invert": false},
            {"type": "ByteLevel", "add_prefix_space": false, "trim_offsets": false, "use_regex": false}]},
          "post_processor": {"type": "ByteLevel", "add_prefix_space": false, "trim_offsets": false, "use_regex": false},
          "decoder": {"type": "ByteLevel", "add_prefix_space": false, "trim_offsets": false, "use_regex": false},
          "model": {"type": "BPE", "dropout": null, "unk_token": null, "continuing_subword_prefix": "", "end_of_word_suffix": "",
                    "fuse_unk": false, "byte_fallback": false, "ignore_merges": false}
        }
        """;

    [Test]
    public void Digits_stay_single_and_no_special_token_is_added()
    {
        // Merges: h e → 256, l l → 257, he ll → 258, 2 4 → 259, Ġ 2 → 260. "hello 24" splits into "hello", " ", "2", "4"
        // (\p{N} takes one digit; the space before a digit is its own piece): 258, 'o' 111, 'Ġ' 32, '2' 50, '4' 52.
        // The merges 2 4 and Ġ 2 never apply across pieces, and the ByteLevel post-processor adds no token.
        var tokenizer = SmallTokenizer.Load(SmallTokenizer.Document(Sections,
            SmallTokenizer.ByteLevel([("h", "e"), ("l", "l"), ("he", "ll"), ("2", "4"), (" ", "2")]),
            SmallTokenizer.Added(300, "<|endoftext|>"), SmallTokenizer.Added(301, "<|im_start|>"), SmallTokenizer.Added(302, "<|im_end|>")));
        Assert.That(tokenizer.Encode("hello 24"), Is.EqualTo(new[] { 258, 111, 32, 50, 52 }));
        Assert.That(tokenizer.Encode("<|im_start|>hello<|im_end|>"), Is.EqualTo(new[] { 301, 258, 111, 302 }));
        Assert.That(tokenizer.Decode([301, 258, 111, 32, 50, 52, 302]), Is.EqualTo("hello 24"));
    }
}
