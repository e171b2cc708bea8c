using System.Text.Json.Nodes;

namespace Evaluate.Onnx.TestModels;

/// <summary>
/// A small byte-level BPE tokenizer.json in the GPT-2 layout: the 256 byte characters (ids 0-255), whole-word tokens
/// built by merge chains, and added tokens (end of text, ChatML markers, a step separator). Any text encodes; the
/// listed words encode to one token each.
/// </summary>
public sealed class TestTokenizer
{
    public const string EndOfText = "<|endoftext|>";
    public const string StepToken = "<step>";
    /// <summary>An added token that is not special (like Qwen3's &lt;think&gt;): matched whole, and kept in decoded text.</summary>
    public const string Think = "<think>";
    public static readonly string[] Words = ["The", " answer", " is", " 24", " 23", "Answer", " First", " Next"];
    private static readonly string[] Added = [EndOfText, "<|im_start|>", "<|im_end|>", StepToken, Think];

    private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
    private readonly List<string> _merges = [];

    public TestTokenizer()
    {
        foreach (var c in ByteLevelAlphabet.Characters) _vocabulary[c.ToString()] = _vocabulary.Count;
        foreach (var word in Words) AddMergeChain(ByteLevelAlphabet.Encode(word));
        foreach (var token in Added) _vocabulary[token] = _vocabulary.Count;
    }

    public static TestTokenizer Instance { get; } = new();

    public int Size => _vocabulary.Count;

    /// <summary>Id of a word (plain text, e.g. " answer"), a single character, or an added token.</summary>
    public int Id(string text) => _vocabulary.TryGetValue(text, out var id) ? id : _vocabulary[ByteLevelAlphabet.Encode(text)];

    public void Write(string path)
    {
        var vocab = new JsonObject();
        foreach (var (token, id) in _vocabulary.Where(p => !Added.Contains(p.Key))) vocab[token] = id;
        var json = new JsonObject
        {
            ["version"] = "1.0",
            ["added_tokens"] = new JsonArray([.. Added.Select(t => new JsonObject { ["id"] = _vocabulary[t], ["content"] = t, ["special"] = t != Think })]),
            ["normalizer"] = null,
            ["pre_tokenizer"] = new JsonObject { ["type"] = "ByteLevel", ["add_prefix_space"] = false, ["trim_offsets"] = true, ["use_regex"] = true },
            ["decoder"] = new JsonObject { ["type"] = "ByteLevel" },
            ["model"] = new JsonObject
            {
                ["type"] = "BPE",
                ["unk_token"] = null,
                ["vocab"] = vocab,
                ["merges"] = new JsonArray([.. _merges.Select(m => (JsonNode)m)]),
            },
        };
        File.WriteAllText(path, json.ToJsonString());
    }

    private void AddMergeChain(string word)
    {
        var current = word[..1];
        foreach (var c in word[1..])
        {
            var merged = current + c;
            if (!_vocabulary.ContainsKey(merged))
            {
                _merges.Add($"{current} {c}");
                _vocabulary[merged] = _vocabulary.Count;
            }
            current = merged;
        }
    }
}
