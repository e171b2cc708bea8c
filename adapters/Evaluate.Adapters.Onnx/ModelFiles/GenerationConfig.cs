namespace Evaluate.Adapters.Onnx.ModelFiles;

/// <summary>
/// The optional <c>generation_config.json</c>: the end-of-sequence ids the model was trained to emit (they override
/// config.json's) and its default top-k. Temperature and top-p are not read: the harness always sends them.
/// </summary>
public sealed record GenerationConfig(IReadOnlyList<int> EosTokenIds, int? TopK)
{
    public static GenerationConfig None { get; } = new([], null);

    public static GenerationConfig ReadOptional(string path) =>
        JsonFile.ReadOptional(path) is { } json
            ? new GenerationConfig(JsonFile.Ids(json["eos_token_id"]), JsonFile.Int(json["top_k"]))
            : None;
}
