using System.Text.Json.Nodes;

namespace Evaluate.Onnx.Tests.Tokenization;

/// <summary>
/// Pre-tokenizer steps that used to be dropped or merged into one pattern: several Split steps in a Sequence (the
/// DeepSeek-V3 / R1 layout), Digits, Split's behavior and invert. Each vocabulary has merges across the boundary under
/// test, so a piece boundary shows in the ids. Byte ids are byte values (see <see cref="SmallTokenizer.ByteLevel"/>).
/// </summary>
public sealed class PreTokenizerStepTests
{
    private static JsonObject Document(string preTokenizer, params (string, string)[] merges) => SmallTokenizer.Document($$"""
        {
          "normalizer": null,
          "pre_tokenizer": {{preTokenizer}},
          "post_processor": null,
          "decoder": {"type": "ByteLevel", "add_prefix_space": true, "trim_offsets": true, "use_regex": true},
          "model": {"type": "BPE", "dropout": null, "unk_token": null, "continuing_subword_prefix": null, "end_of_word_suffix": null,
                    "fuse_unk": false, "byte_fallback": false, "ignore_merges": false}
        }
        """, SmallTokenizer.ByteLevel(merges));

    private const string ByteLevelWithoutRegex = """{"type": "ByteLevel", "add_prefix_space": false, "trim_offsets": true, "use_regex": false}""";

    [Test]
    public void Every_split_of_a_sequence_applies_in_order()
    {
        // First Split: \p{N}{1,3} isolates "123" and "45"; the second (letters with an optional leading space,
        // numbers, others) then splits each piece further. Merges: 1 2 → 256, 12 3 → 257, 4 5 → 258, 123 45 → 259.
        // Both splits: "123" 257, "45" 258. With only the last split "12345" would stay whole and merge to 259.
        var tokenizer = SmallTokenizer.Load(Document($$"""
            {"type": "Sequence", "pretokenizers": [
              {"type": "Split", "pattern": {"Regex": "\\p{N}{1,3}"}, "behavior": "Isolated", "invert": false},
              {"type": "Split", "pattern": {"Regex": " ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+"}, "behavior": "Isolated", "invert": false},
              {{ByteLevelWithoutRegex}}]}
            """, ("1", "2"), ("12", "3"), ("4", "5"), ("123", "45")));
        Assert.That(tokenizer.Encode("12345"), Is.EqualTo(new[] { 257, 258 }));
    }

    [Test]
    public void Individual_digits_are_never_merged()
    {
        // Digits(individual_digits) isolates each digit before the GPT-2 regex of ByteLevel: "24" is '2' 50, '4' 52,
        // although the merge 2 4 → 256 exists (which joins them when Digits is skipped).
        var tokenizer = SmallTokenizer.Load(Document("""
            {"type": "Sequence", "pretokenizers": [
              {"type": "Digits", "individual_digits": true},
              {"type": "ByteLevel", "add_prefix_space": false, "trim_offsets": true, "use_regex": true}]}
            """, ("2", "4")));
        Assert.That(tokenizer.Encode("24"), Is.EqualTo(new[] { 50, 52 }));
    }

    [Test]
    public void A_split_merged_with_previous_keeps_the_delimiter_on_the_left_piece()
    {
        // Split on spaces, MergedWithPrevious: "a b" → "a " and "b". Merges: a Ġ → 256 ("aĠ"), Ġ b → 257 ("Ġb").
        // The delimiter joins the left piece: "aĠ" 256, 'b' 98 (not 'a' 97, "Ġb" 257 as MergedWithNext would give).
        var tokenizer = SmallTokenizer.Load(Document($$"""
            {"type": "Sequence", "pretokenizers": [
              {"type": "Split", "pattern": {"String": " "}, "behavior": "MergedWithPrevious", "invert": false},
              {{ByteLevelWithoutRegex}}]}
            """, ("a", " "), (" ", "b")));
        Assert.That(tokenizer.Encode("a b"), Is.EqualTo(new[] { 256, 98 }));
    }

    [Test]
    public void An_inverted_split_treats_what_its_pattern_does_not_match_as_the_delimiter()
    {
        // invert: the letter runs are the pieces and ", " is the delimiter, so MergedWithPrevious gives "ab, " and "cd"
        // (without invert the letters would be the delimiters: "ab" and ", cd"). Merges: a b → 256, c d → 257,
        // ab , → 258, "ab," Ġ → 259. So "ab, " is 259 and "cd" 257.
        var tokenizer = SmallTokenizer.Load(Document($$"""
            {"type": "Sequence", "pretokenizers": [
              {"type": "Split", "pattern": {"Regex": "\\p{L}+"}, "behavior": "MergedWithPrevious", "invert": true},
              {{ByteLevelWithoutRegex}}]}
            """, ("a", "b"), ("c", "d"), ("ab", ","), ("ab,", " ")));
        Assert.That(tokenizer.Encode("ab, cd"), Is.EqualTo(new[] { 259, 257 }));
    }
}
