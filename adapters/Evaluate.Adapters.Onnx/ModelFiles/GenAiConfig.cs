using System.Text.Json.Nodes;

namespace Evaluate.Adapters.Onnx.ModelFiles;

/// <summary>
/// The optional <c>genai_config.json</c> of onnxruntime-genai exports: the decoder's file name, its input/output
/// names, end-of-sequence ids and context length. Only these are read; the adapter runs its own decode loop (docs/onnx.md says why).
/// </summary>
public sealed record GenAiConfig(string? DecoderFile, GraphNames Names, IReadOnlyList<int> EosTokenIds, int? ContextLength)
{
    public static GenAiConfig None { get; } = new(null, new GraphNames(), [], null);

    public static GenAiConfig ReadOptional(string path)
    {
        if (JsonFile.ReadOptional(path) is not { } json) return None;
        var model = json["model"] as JsonObject;
        var decoder = model?["decoder"] as JsonObject;
        var inputs = decoder?["inputs"] as JsonObject;
        var outputs = decoder?["outputs"] as JsonObject;
        var defaults = new GraphNames();
        string Name(JsonObject? section, string key, string fallback) => section?[key]?.GetValue<string>() ?? fallback;
        var names = new GraphNames(
            Name(inputs, "input_ids", defaults.InputIds),
            Name(inputs, "attention_mask", defaults.AttentionMask),
            Name(inputs, "position_ids", defaults.PositionIds),
            Name(inputs, "past_key_names", defaults.PastKey),
            Name(inputs, "past_value_names", defaults.PastValue),
            Name(outputs, "logits", defaults.Logits),
            Name(outputs, "present_key_names", defaults.PresentKey),
            Name(outputs, "present_value_names", defaults.PresentValue));
        return new GenAiConfig(decoder?["filename"]?.GetValue<string>(), names, JsonFile.Ids(model?["eos_token_id"]), JsonFile.Int(model?["context_length"]));
    }
}
