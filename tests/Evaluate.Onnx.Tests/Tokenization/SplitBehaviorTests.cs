namespace Evaluate.Onnx.Tests.Tokenization;

/// <summary>
/// Each Split behavior on one text. The vocabulary holds every piece any behavior can make as a whole word and the
/// model has ignore_merges, so each piece maps to one id and a wrong cut shows as byte ids.
/// </summary>
public sealed class SplitBehaviorTests
{
    // Vocabulary words: "Go" 300, "on" 301, "now" 302, "Go " 303, ", " 304, " on" 305, " now" 306, "on," 307;
    // ',' (44) and ' ' (32) are bytes.
    private static readonly (string, int)[] Words = [("Go", 300), ("on", 301), ("now", 302), ("Go ", 303), (", ", 304), (" on", 305), (" now", 306), ("on,", 307)];

    private static string Sections(string preTokenizer) => $$"""
        {
          "normalizer": null,
          "pre_tokenizer": {"type": "Sequence", "pretokenizers": [{{preTokenizer}},
            {"type": "ByteLevel", "add_prefix_space": false, "trim_offsets": true, "use_regex": false}]},
          "post_processor": null,
          "decoder": {"type": "ByteLevel", "add_prefix_space": false, "trim_offsets": true, "use_regex": true},
          "model": {"type": "BPE", "dropout": null, "unk_token": null, "continuing_subword_prefix": null, "end_of_word_suffix": null,
                    "fuse_unk": false, "byte_fallback": false, "ignore_merges": true}
        }
        """;

    // "Go on, now" against \w+|[^\w\s]+ with invert: the delimiters are the two spaces, the stretches
    // Go | ␠ | on | , | ␠ | now ("on" and "," are separate matches of the pattern, both non-delimiters).
    [TestCase("Removed", new[] { 300, 301, 44, 302 }, TestName = "Removed drops the spaces: Go, on, ',', now")]
    [TestCase("Isolated", new[] { 300, 32, 301, 44, 32, 302 }, TestName = "Isolated keeps every stretch alone")]
    [TestCase("MergedWithPrevious", new[] { 303, 301, 304, 302 }, TestName = "MergedWithPrevious: 'Go ', on, ', ', now")]
    [TestCase("MergedWithNext", new[] { 300, 305, 44, 306 }, TestName = "MergedWithNext: Go, ' on', ',', ' now'")]
    [TestCase("Contiguous", new[] { 300, 32, 307, 32, 302 }, TestName = "Contiguous joins the adjacent non-delimiters 'on,'")]
    public void Each_behavior_cuts_the_text_as_defined(string behavior, int[] expected)
    {
        var tokenizer = SmallTokenizer.Load(SmallTokenizer.Document(
            Sections($$"""{"type": "Split", "pattern": {"Regex": "\\w+|[^\\w\\s]+"}, "behavior": "{{behavior}}", "invert": true}"""),
            SmallTokenizer.ByteLevel([], Words)));
        Assert.That(tokenizer.Encode("Go on, now"), Is.EqualTo(expected));
        Assert.That(tokenizer.Decode(expected), Is.EqualTo(behavior == "Removed" ? "Goon,now" : "Go on, now"));
    }

    [TestCase("""{"type": "Whitespace"}""", new[] { 300, 301, 44, 302 }, TestName = "Whitespace: word runs and punctuation runs, spaces dropped")]
    [TestCase("""{"type": "WhitespaceSplit"}""", new[] { 300, 307, 302 }, TestName = "WhitespaceSplit: cut at spaces only")]
    public void Whitespace_pre_tokenizers_drop_the_spaces(string preTokenizer, int[] expected)
    {
        var tokenizer = SmallTokenizer.Load(SmallTokenizer.Document(Sections(preTokenizer), SmallTokenizer.ByteLevel([], Words)));
        Assert.That(tokenizer.Encode("Go on, now"), Is.EqualTo(expected));
    }
}
