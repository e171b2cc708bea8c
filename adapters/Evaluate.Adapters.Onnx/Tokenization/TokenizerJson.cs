using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Evaluate.Adapters.Onnx.ModelFiles;
using Microsoft.ML.Tokenizers;

namespace Evaluate.Adapters.Onnx.Tokenization;

/// <summary>
/// Reads a Hugging Face <c>tokenizer.json</c> into Microsoft.ML.Tokenizers' <see cref="BpeTokenizer"/>: this file only
/// maps the JSON fields (vocabulary, merges, added tokens, pre-tokenizer) onto <see cref="BpeOptions"/>; the BPE itself
/// is the library's. Supported: BPE models with byte-level, split-regex or whitespace pre-tokenization (GPT-2, Qwen,
/// Llama 3, Phi-3.5 style exports). Anything else is refused with the file's name rather than tokenized wrongly.
/// </summary>
public static class TokenizerJson
{
    public static TextTokenizer Load(string path)
    {
        var json = JsonFile.Read(path);
        try
        {
            return Build(path, json);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or RegexParseException)
        {
            throw new FormatException($"{path}: cannot build the tokenizer: {e.Message}", e);
        }
    }

    private static TextTokenizer Build(string path, JsonObject json)
    {
        var model = json["model"] as JsonObject ?? throw new FormatException($"{path}: no \"model\" section");
        var type = model["type"]?.GetValue<string>();
        if (type != "BPE") throw new FormatException($"{path}: tokenizer model '{type}' is not supported (BPE only; see docs/onnx.md)");
        // NFC (Qwen) is accepted and not applied: the harness runs with invariant globalization, where .NET cannot
        // normalize; text that is already composed, as nearly all text is, tokenizes the same either way.
        if (json["normalizer"] is JsonObject normalizer && normalizer["type"]?.GetValue<string>() != "NFC")
            throw new FormatException($"{path}: normalizer '{normalizer["type"]}' is not supported (none or NFC)");
        var vocabulary = (model["vocab"] as JsonObject ?? throw new FormatException($"{path}: no model.vocab"))
            .ToDictionary(p => p.Key, p => p.Value!.GetValue<int>(), StringComparer.Ordinal);
        var special = AddedTokens(json);
        var (pattern, byteLevel) = PreTokenization(path, json["pre_tokenizer"]);
        var options = new BpeOptions(vocabulary)
        {
            Merges = Merges(model["merges"] as JsonArray),
            SpecialTokens = special.Count == 0 ? null : special,
            ByteLevel = byteLevel,
            PreTokenizer = pattern is null ? null : new RegexPreTokenizer(new Regex(pattern, RegexOptions.Compiled), special.Count == 0 ? null : special),
            UnknownToken = model["unk_token"]?.GetValue<string>(),
            ContinuingSubwordPrefix = model["continuing_subword_prefix"]?.GetValue<string>(),
            EndOfWordSuffix = model["end_of_word_suffix"]?.GetValue<string>(),
            FuseUnknownTokens = model["fuse_unk"]?.GetValue<bool>() ?? false,
        };
        var size = Math.Max(vocabulary.Values.DefaultIfEmpty(-1).Max(), special.Values.DefaultIfEmpty(-1).Max()) + 1;
        var hidden = (json["added_tokens"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(t => t["special"]?.GetValue<bool>() == true).Select(t => t["id"]!.GetValue<int>()).ToHashSet();
        return new TextTokenizer(path, BpeTokenizer.Create(options), special, hidden, size);
    }

    /// <summary>Every added token, special or not, is matched whole when encoding (e.g. ChatML markers, &lt;think&gt;).</summary>
    private static Dictionary<string, int> AddedTokens(JsonObject json) =>
        (json["added_tokens"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .ToDictionary(t => t["content"]!.GetValue<string>(), t => t["id"]!.GetValue<int>(), StringComparer.Ordinal);

    /// <summary>Merges come as "a b" strings (older files) or as ["a", "b"] pairs (newer files).</summary>
    private static List<string> Merges(JsonArray? merges) =>
        (merges ?? []).Select(m => m is JsonArray pair ? $"{pair[0]!.GetValue<string>()} {pair[1]!.GetValue<string>()}" : m!.GetValue<string>()).ToList();

    private static (string? Pattern, bool ByteLevel) PreTokenization(string path, JsonNode? node)
    {
        if (node is null) return (null, false);
        var steps = node["type"]?.GetValue<string>() == "Sequence" ? (node["pretokenizers"] as JsonArray ?? []).OfType<JsonObject>().ToList() : [(JsonObject)node];
        string? pattern = null;
        var byteLevel = false;
        foreach (var step in steps)
        {
            switch (step["type"]?.GetValue<string>())
            {
                case "ByteLevel":
                    if (step["add_prefix_space"]?.GetValue<bool>() == true)
                        throw new FormatException($"{path}: ByteLevel add_prefix_space=true is not supported");
                    byteLevel = true;
                    if (step["use_regex"]?.GetValue<bool>() ?? true) pattern ??= PreTokenizerPatterns.Gpt2;
                    break;
                case "Split":
                    pattern = step["pattern"]?["Regex"]?.GetValue<string>() ?? Regex.Escape(step["pattern"]?["String"]?.GetValue<string>() ?? "");
                    break;
                case "Whitespace":
                    pattern = PreTokenizerPatterns.Whitespace;
                    break;
                case "Digits":
                    break; // Qwen-style digit splitting is already in its Split pattern.
                default:
                    throw new FormatException($"{path}: pre-tokenizer '{step["type"]}' is not supported");
            }
        }
        return (pattern, byteLevel);
    }
}
