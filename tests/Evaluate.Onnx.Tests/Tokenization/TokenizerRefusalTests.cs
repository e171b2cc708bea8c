using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Evaluate.Onnx.Tests.Tokenization;

/// <summary>
/// A tokenizer.json option that is not implemented is refused with the file and the field's JSON path, never skipped:
/// each row changes one field of a family's document that otherwise loads.
/// </summary>
public sealed class TokenizerRefusalTests
{
    private static readonly string Llama3 = Llama3TokenizerTests.Sections;
    private static readonly string Llama2 = SentencePieceTokenizerTests.PrependReplaceSections;
    private static readonly string Mistral = SentencePieceTokenizerTests.MetaspaceSections;

    private static IEnumerable<TestCaseData> Rows()
    {
        TestCaseData Row(string sections, string field, string value) =>
            new TestCaseData(sections, field, value).SetArgDisplayNames($"{field}={value}");
        yield return Row(Llama3, "model.type", "\"WordPiece\"");
        yield return Row(Llama3, "model.dropout", "0.1");
        yield return Row(Llama3, "model.continuing_subword_prefix", "\"##\"");
        yield return Row(Llama3, "model.end_of_word_suffix", "\"</w>\"");
        yield return Row(Llama3, "model.ignore_merges", "\"yes\"");
        yield return Row(Llama3, "model.unknown_flag", "true");
        yield return Row(Llama3, "normalizer", "{\"type\": \"Lowercase\"}");
        yield return Row(Llama2, "normalizer.normalizers[1].type", "\"NFKC\"");
        yield return Row(Llama2, "normalizer.normalizers[0].prepend", "3");
        yield return Row(Llama3, "pre_tokenizer.pretokenizers[0].behavior", "\"Interleaved\"");
        yield return Row(Llama3, "pre_tokenizer.pretokenizers[0].pattern", "{\"Glob\": \"*\"}");
        yield return Row(Llama3, "pre_tokenizer.pretokenizers[1].type", "\"Punctuation\"");
        yield return Row(Llama3, "pre_tokenizer.pretokenizers[1].add_prefix_space", "\"maybe\"");
        yield return Row(Llama3, "pre_tokenizer.pretokenizers[1].trim_offsets_extra", "true");
        yield return Row(Mistral, "pre_tokenizer.prepend_scheme", "\"sometimes\"");
        yield return Row(Mistral, "pre_tokenizer.replacement", "\"▁▁\"");
        yield return Row(Llama3, "post_processor.processors[1].type", "\"RobertaProcessing\"");
        yield return Row(Llama3, "post_processor.processors[1].single[1]", "{\"Sequence\": {\"id\": \"B\", \"type_id\": 0}}");
        yield return Row(Llama3, "post_processor.processors[1].single[0]", "{\"SpecialToken\": {\"id\": \"<|nope|>\", \"type_id\": 0}}");
        yield return Row(Llama3, "decoder.type", "\"WordPiece\"");
        yield return Row(Llama2, "decoder.decoders[1].type", "\"CTC\"");
        yield return Row(Llama2, "decoder.decoders[3].start", "\"one\"");
        yield return Row(Llama3, "added_tokens[0].single_word", "true");
        yield return Row(Llama3, "truncation", "{\"max_length\": 8, \"strategy\": \"LongestFirst\", \"stride\": 0, \"direction\": \"Right\"}");
    }

    [TestCaseSource(nameof(Rows))]
    public void An_option_that_is_not_implemented_is_refused_naming_the_field(string sections, string field, string value)
    {
        var document = sections == Llama3 ? Llama3TokenizerTests.Document() : SentencePieceTokenizerTests.Document(sections);
        Assert.DoesNotThrow(() => SmallTokenizer.Load(document), "the unchanged document loads");
        Set(document, field, JsonNode.Parse(value));
        Assert.That(SmallTokenizer.Refusal(document), Does.Contain("tokenizer.json").And.Contain(field));
    }

    [Test]
    public void A_template_token_outside_the_vocabulary_is_refused()
    {
        var document = SentencePieceTokenizerTests.Document(Llama2);
        document["post_processor"]!["special_tokens"]!["<s>"]!["ids"]![0] = 9999;
        Assert.That(SmallTokenizer.Refusal(document), Does.Contain("post_processor").And.Contain("9999"));
    }

    /// <summary>Sets the field at a JSON path such as <c>pre_tokenizer.pretokenizers[1].behavior</c>.</summary>
    private static void Set(JsonObject document, string path, JsonNode? value)
    {
        JsonNode node = document;
        var steps = Regex.Matches(path, @"(\w+)|\[(\d+)\]").Select(m => m.Groups[1].Success ? (object)m.Groups[1].Value : int.Parse(m.Groups[2].Value)).ToList();
        foreach (var step in steps.SkipLast(1))
            node = step is int i ? node[i]! : node[(string)step]!;
        if (steps[^1] is int last) node.AsArray()[last] = value;
        else node.AsObject()[(string)steps[^1]] = value;
    }
}
