using System.Text.Json.Nodes;

namespace Evaluate.Adapters.Onnx.ModelFiles;

/// <summary>
/// What the adapter needs from Hugging Face's <c>config.json</c>: vocabulary size, special token ids, and the
/// attention shape used to build an empty key/value cache when the graph leaves those dimensions symbolic, and the
/// context length (<c>max_position_embeddings</c>) that prompt plus completion must fit in. onnxruntime-genai builder
/// folders carry the same settings in genai_config.json (<see cref="GenAiConfig"/>); <see cref="Fields"/> says which
/// file and field each one came from.
/// </summary>
public sealed record ModelConfig(
    string Path,
    int? VocabularySize,
    IReadOnlyList<int> EosTokenIds,
    int? PadTokenId,
    int? KeyValueHeads,
    int? HeadDimension,
    int? NumLabels,
    int? ContextLength)
{
    /// <summary>Transformer layers, when the file states them (checked against the graph's past inputs).</summary>
    public int? Layers { get; init; }

    public ConfigFields Fields { get; init; } = ConfigFields.HuggingFace(Path);

    public static ModelConfig Read(string path)
    {
        var json = JsonFile.Read(path);
        var heads = JsonFile.Int(json["num_attention_heads"]);
        var hidden = JsonFile.Int(json["hidden_size"]);
        var headDim = JsonFile.Int(json["head_dim"]) ?? (heads > 0 && hidden is not null ? hidden / heads : null);
        return new ModelConfig(path,
            JsonFile.Int(json["vocab_size"]),
            JsonFile.Ids(json["eos_token_id"]),
            JsonFile.Int(json["pad_token_id"]),
            JsonFile.Int(json["num_key_value_heads"]) ?? heads,
            headDim,
            LabelCount(json),
            JsonFile.Int(json["max_position_embeddings"]) ?? JsonFile.Int(json["n_positions"]))
        {
            Layers = JsonFile.Int(json["num_hidden_layers"]),
        };
    }

    /// <summary>
    /// This file's settings, each missing one taken from <paramref name="fallback"/> (genai_config.json beside a
    /// config.json): a setting missing from both names both files.
    /// </summary>
    public ModelConfig Or(ModelConfig? fallback)
    {
        if (fallback is null) return this;
        ConfigField Field(bool here, bool there, ConfigField mine, ConfigField theirs) =>
            here ? mine : there ? theirs : mine with { Name = $"{mine.Name} (nor {theirs})" };
        return new ModelConfig(Path, VocabularySize ?? fallback.VocabularySize, EosTokenIds.Count > 0 ? EosTokenIds : fallback.EosTokenIds,
            PadTokenId ?? fallback.PadTokenId, KeyValueHeads ?? fallback.KeyValueHeads, HeadDimension ?? fallback.HeadDimension,
            NumLabels ?? fallback.NumLabels, ContextLength ?? fallback.ContextLength)
        {
            Layers = Layers ?? fallback.Layers,
            Fields = new ConfigFields(
                Field(VocabularySize is not null, fallback.VocabularySize is not null, Fields.VocabularySize, fallback.Fields.VocabularySize),
                Field(KeyValueHeads is not null, fallback.KeyValueHeads is not null, Fields.KeyValueHeads, fallback.Fields.KeyValueHeads),
                Field(HeadDimension is not null, fallback.HeadDimension is not null, Fields.HeadDimension, fallback.Fields.HeadDimension),
                Field(ContextLength is not null, fallback.ContextLength is not null, Fields.ContextLength, fallback.Fields.ContextLength),
                Field(Layers is not null, fallback.Layers is not null, Fields.Layers, fallback.Fields.Layers)),
        };
    }

    private static int? LabelCount(JsonObject json) =>
        JsonFile.Int(json["num_labels"]) ?? (json["id2label"] as JsonObject)?.Count;
}
