using System.Text.Json.Nodes;
using Evaluate.Adapters.Onnx.Tokenization;

namespace Evaluate.Onnx.Tests.Tokenization;

public sealed class TokenizerJsonTests
{
    private TempFolder _folder = null!;
    private TextTokenizer _tokenizer = null!;

    [OneTimeSetUp]
    public void Write()
    {
        _folder = new TempFolder();
        TestTokenizer.Instance.Write(_folder.File("tokenizer.json"));
        _tokenizer = TokenizerJson.Load(_folder.File("tokenizer.json"));
    }

    [OneTimeTearDown] public void Delete() => _folder.Dispose();

    [Test]
    public void Each_word_of_the_test_vocabulary_is_one_token_built_by_its_merges()
    {
        foreach (var word in TestTokenizer.Words)
            Assert.That(_tokenizer.Encode(word), Is.EqualTo(new[] { TestTokenizer.Instance.Id(word) }), word);
        Assert.That(_tokenizer.VocabularySize, Is.EqualTo(TestTokenizer.Instance.Size));
    }

    [TestCase("The answer is 24.")]
    [TestCase("héllo ✓ – 3 × 4\n\tend")]
    public void Any_text_round_trips_through_byte_level_encoding(string text) =>
        Assert.That(_tokenizer.Decode(_tokenizer.Encode(text)), Is.EqualTo(text));

    [Test]
    public void Special_added_tokens_are_left_out_of_decoded_text_and_other_added_tokens_stay()
    {
        var ids = _tokenizer.Encode("<|im_start|>assistant\n<think>hm</think>The<|im_end|>");
        Assert.That(ids[0], Is.EqualTo(TestTokenizer.Instance.Id("<|im_start|>")), "added tokens are matched whole");
        Assert.That(_tokenizer.Decode(ids), Is.EqualTo("assistant\n<think>hm</think>The"));
    }

    [Test]
    public void Merges_written_as_pairs_load_like_merges_written_as_strings()
    {
        var json = JsonNode.Parse(File.ReadAllText(_folder.File("tokenizer.json")))!;
        var merges = json["model"]!["merges"]!.AsArray();
        json["model"]!["merges"] = new JsonArray([.. merges.Select(m => (JsonNode)new JsonArray([.. m!.GetValue<string>().Split(' ').Select(p => (JsonNode)p)]))]);
        using var other = new TempFolder();
        File.WriteAllText(other.File("tokenizer.json"), json.ToJsonString());
        Assert.That(TokenizerJson.Load(other.File("tokenizer.json")).Encode("The answer is 24."), Is.EqualTo(_tokenizer.Encode("The answer is 24.")));
    }

    [Test]
    public void A_tokenizer_with_an_nfc_normalizer_encodes_composed_text_as_without_it()
    {
        var json = JsonNode.Parse(File.ReadAllText(_folder.File("tokenizer.json")))!;
        json["normalizer"] = new JsonObject { ["type"] = "NFC" };
        using var other = new TempFolder();
        File.WriteAllText(other.File("tokenizer.json"), json.ToJsonString());
        var nfc = TokenizerJson.Load(other.File("tokenizer.json"));
        Assert.That(nfc.Encode("caf\u00e9 24"), Is.EqualTo(_tokenizer.Encode("caf\u00e9 24")));
    }

    [TestCase("{\"model\":{\"type\":\"WordPiece\",\"vocab\":{}}}", "WordPiece")]
    [TestCase("{\"normalizer\":{\"type\":\"Lowercase\"},\"model\":{\"type\":\"BPE\",\"vocab\":{\"a\":0},\"merges\":[]}}", "Lowercase")]
    [TestCase("{\"model\":{\"type\":\"BPE\",\"vocab\":{\"a\":0},\"merges\":[]},\"pre_tokenizer\":{\"type\":\"BertPreTokenizer\"}}", "BertPreTokenizer")]
    [TestCase("{\"model\":", "JSON")]
    public void An_unsupported_tokenizer_is_refused_naming_the_file(string content, string reason)
    {
        using var other = new TempFolder();
        File.WriteAllText(other.File("tokenizer.json"), content);
        var error = Assert.Throws<FormatException>(() => TokenizerJson.Load(other.File("tokenizer.json")));
        Assert.That(error!.Message, Does.Contain("tokenizer.json").And.Contain(reason));
    }
}
