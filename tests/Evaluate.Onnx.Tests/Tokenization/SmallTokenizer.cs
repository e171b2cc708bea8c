using System.Text.Json.Nodes;
using Evaluate.Adapters.Onnx.Tokenization;

namespace Evaluate.Onnx.Tests.Tokenization;

/// <summary>
/// Writes a tokenizer.json from a family's published sections (passed in as JSON text) and a small vocabulary, and
/// loads it. Vocabularies are numbered so that expected ids can be worked out by hand: see <see cref="ByteLevel"/> and
/// <see cref="SentencePiece"/>.
/// </summary>
internal static class SmallTokenizer
{
    /// <summary>
    /// Byte-level vocabulary: id = byte value for the 256 byte characters (so 'h' is 104, a space 'Ġ' is 32), then each
    /// merge's result in merge order from 256, then <paramref name="words"/> (plain text, no merges) with their own ids.
    /// Merges are written in plain text and stored in the byte-level alphabet (" " becomes 'Ġ').
    /// </summary>
    public static (JsonObject Vocabulary, JsonArray Merges) ByteLevel((string Left, string Right)[] merges, params (string Word, int Id)[] words)
    {
        var vocabulary = new JsonObject();
        for (var b = 0; b < 256; b++) vocabulary[ByteLevelAlphabet.Characters[b].ToString()] = b;
        var list = new JsonArray();
        foreach (var (left, right) in merges)
        {
            var (l, r) = (ByteLevelAlphabet.Encode(left), ByteLevelAlphabet.Encode(right));
            list.Add($"{l} {r}");
            vocabulary[l + r] = 256 + list.Count - 1;
        }
        foreach (var (word, id) in words) vocabulary[ByteLevelAlphabet.Encode(word)] = id;
        return (vocabulary, list);
    }

    /// <summary>
    /// SentencePiece-converted vocabulary: &lt;unk&gt; 0, &lt;s&gt; 1, &lt;/s&gt; 2, the byte tokens &lt;0x00&gt;..&lt;0xFF&gt;
    /// at 3 + byte value (so '\n' is 13), then <paramref name="pieces"/> from 259 in order; merges as given.
    /// </summary>
    public static (JsonObject Vocabulary, JsonArray Merges) SentencePiece(string[] pieces, params (string Left, string Right)[] merges)
    {
        var vocabulary = new JsonObject { ["<unk>"] = 0, ["<s>"] = 1, ["</s>"] = 2 };
        for (var b = 0; b < 256; b++) vocabulary[$"<0x{b:X2}>"] = 3 + b;
        foreach (var piece in pieces) vocabulary[piece] = vocabulary.Count;
        return (vocabulary, new JsonArray([.. merges.Select(m => (JsonNode)$"{m.Left} {m.Right}")]));
    }

    /// <summary>An entry of added_tokens, with every field the published files write.</summary>
    public static JsonObject Added(int id, string content, bool special = true, bool rstrip = false) => new()
    {
        ["id"] = id, ["content"] = content, ["single_word"] = false, ["lstrip"] = false, ["rstrip"] = rstrip,
        ["normalized"] = false, ["special"] = special,
    };

    /// <summary>A whole tokenizer.json: <paramref name="sections"/> is a JSON object text holding normalizer,
    /// pre_tokenizer, post_processor, decoder and the model's flags; vocabulary and merges are put into its model.</summary>
    public static JsonObject Document(string sections, (JsonObject Vocabulary, JsonArray Merges) model, params JsonObject[] added)
    {
        var json = JsonNode.Parse(sections)!.AsObject();
        json["version"] = "1.0";
        json["truncation"] = null;
        json["padding"] = null;
        json["added_tokens"] = new JsonArray([.. added]);
        json["model"]!["vocab"] = model.Vocabulary;
        json["model"]!["merges"] = model.Merges;
        return json;
    }

    public static TextTokenizer Load(JsonObject document)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("tokenizer.json"), document.ToJsonString());
        return TokenizerJson.Load(folder.File("tokenizer.json"));
    }

    /// <summary>The error message of a refused tokenizer.json.</summary>
    public static string Refusal(JsonObject document)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("tokenizer.json"), document.ToJsonString());
        var error = Assert.Throws<FormatException>(() => TokenizerJson.Load(folder.File("tokenizer.json")));
        return error!.Message;
    }
}
