using System.Text.Json.Nodes;

namespace Evaluate.Adapters.Onnx.ModelFiles;

/// <summary>
/// The <c>genai_config.json</c> of onnxruntime-genai model-builder exports: the decoder's file name, its input/output
/// names, end-of-sequence ids, and (in <see cref="Model"/>) the settings a builder folder without config.json needs:
/// <c>model.vocab_size</c>, <c>pad_token_id</c>, <c>context_length</c>, <c>model.decoder.head_size</c>,
/// <c>num_key_value_heads</c>, <c>num_attention_heads</c>, <c>hidden_size</c>, <c>num_hidden_layers</c>. Only these are
/// read; the adapter runs its own decode loop (docs/onnx.md says why). A field of the wrong type is refused by name.
/// </summary>
public sealed record GenAiConfig(string? DecoderFile, GraphNames Names, IReadOnlyList<int> EosTokenIds, int? ContextLength)
{
    public static GenAiConfig None { get; } = new(null, new GraphNames(), [], null);

    /// <summary>The model settings this file states, in config.json's terms; null when there is no genai_config.json.</summary>
    public ModelConfig? Model { get; init; }

    public static GenAiConfig ReadOptional(string path)
    {
        if (JsonFile.ReadOptional(path) is not { } json) return None;
        var fields = new GenAiFields(path);
        var model = fields.Section(json, "model");
        var decoder = fields.Section(model, "model.decoder");
        var inputs = fields.Section(decoder, "model.decoder.inputs");
        var outputs = fields.Section(decoder, "model.decoder.outputs");
        var defaults = new GraphNames();
        var names = new GraphNames(
            fields.Text(inputs, "model.decoder.inputs.input_ids") ?? defaults.InputIds,
            fields.Text(inputs, "model.decoder.inputs.attention_mask") ?? defaults.AttentionMask,
            fields.Text(inputs, "model.decoder.inputs.position_ids") ?? defaults.PositionIds,
            fields.Text(inputs, "model.decoder.inputs.past_key_names") ?? defaults.PastKey,
            fields.Text(inputs, "model.decoder.inputs.past_value_names") ?? defaults.PastValue,
            fields.Text(outputs, "model.decoder.outputs.logits") ?? defaults.Logits,
            fields.Text(outputs, "model.decoder.outputs.present_key_names") ?? defaults.PresentKey,
            fields.Text(outputs, "model.decoder.outputs.present_value_names") ?? defaults.PresentValue);
        var eos = JsonFile.Ids(model?["eos_token_id"]);
        var context = fields.Int(model, "model.context_length");
        var heads = fields.Int(decoder, "model.decoder.num_attention_heads");
        var hidden = fields.Int(decoder, "model.decoder.hidden_size");
        var headSize = fields.Int(decoder, "model.decoder.head_size") ?? (heads > 0 && hidden is not null ? hidden / heads : null);
        var settings = new ModelConfig(path, fields.Int(model, "model.vocab_size"), eos, fields.Int(model, "model.pad_token_id"),
            fields.Int(decoder, "model.decoder.num_key_value_heads") ?? heads, headSize, null, context)
        {
            Layers = fields.Int(decoder, "model.decoder.num_hidden_layers"),
            Fields = ConfigFields.GenAi(path),
        };
        return new GenAiConfig(fields.Text(decoder, "model.decoder.filename"), names, eos, context) { Model = settings };
    }

    /// <summary>Typed reads of genai_config.json's fields: absent is null, a wrong type names the field.</summary>
    private sealed class GenAiFields(string path)
    {
        public JsonObject? Section(JsonObject? parent, string field) => Node(parent, field) switch
        {
            null => null,
            JsonObject section => section,
            var other => throw Wrong(field, "an object", other),
        };

        public string? Text(JsonObject? parent, string field) => Node(parent, field) switch
        {
            null => null,
            JsonValue value when value.TryGetValue<string>(out var text) => text,
            var other => throw Wrong(field, "a string", other),
        };

        public int? Int(JsonObject? parent, string field) => Node(parent, field) switch
        {
            null => null,
            JsonValue value when value.TryGetValue<int>(out var number) => number,
            var other => throw Wrong(field, "an integer", other),
        };

        private static JsonNode? Node(JsonObject? parent, string field) => parent?[field[(field.LastIndexOf('.') + 1)..]];

        private FormatException Wrong(string field, string expected, JsonNode node) =>
            new($"{path}: {field} must be {expected}, got {node.ToJsonString()}");
    }
}
