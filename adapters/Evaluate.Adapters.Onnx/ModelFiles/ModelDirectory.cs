namespace Evaluate.Adapters.Onnx.ModelFiles;

/// <summary>
/// The files of one exported model folder. The graph is genai_config.json's decoder file when given, else
/// <c>model.onnx</c>, else optimum's <c>decoder_model_merged.onnx</c>; config.json and tokenizer.json are required.
/// </summary>
public sealed record ModelDirectory(string Root, string Graph, string Config, string Tokenizer, string GenerationConfig, string GenAiConfig)
{
    public static readonly string[] GraphFileNames = ["model.onnx", "decoder_model_merged.onnx"];

    public static ModelDirectory Open(string root, string? decoderFile = null)
    {
        if (!Directory.Exists(root)) throw new ArgumentException($"{root}: model folder not found");
        var candidates = decoderFile is null ? GraphFileNames : [decoderFile];
        var graph = candidates.Select(name => Path.Combine(root, name)).FirstOrDefault(File.Exists)
            ?? throw new ArgumentException($"{Path.Combine(root, candidates[0])}: file not found (looked for {string.Join(", ", candidates)})");
        return new ModelDirectory(root, graph, Require(root, "config.json"), Require(root, "tokenizer.json"),
            Path.Combine(root, "generation_config.json"), Path.Combine(root, "genai_config.json"));
    }

    public static string GenAiConfigIn(string root) => Path.Combine(root, "genai_config.json");

    private static string Require(string root, string name)
    {
        var path = Path.Combine(root, name);
        return File.Exists(path) ? path : throw new ArgumentException($"{path}: file not found");
    }
}
