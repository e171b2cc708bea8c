using System.Text.Json.Nodes;

namespace Evaluate.Adapters.Onnx.ModelFiles;

/// <summary>
/// What the adapter needs from Hugging Face's <c>config.json</c>: vocabulary size, special token ids, and the
/// attention shape used to build an empty key/value cache when the graph leaves those dimensions symbolic, and the
/// context length (<c>max_position_embeddings</c>) that prompt plus completion must fit in.
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
            JsonFile.Int(json["max_position_embeddings"]) ?? JsonFile.Int(json["n_positions"]));
    }

    private static int? LabelCount(JsonObject json) =>
        JsonFile.Int(json["num_labels"]) ?? (json["id2label"] as JsonObject)?.Count;
}
