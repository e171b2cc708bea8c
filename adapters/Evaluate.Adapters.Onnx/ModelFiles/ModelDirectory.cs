namespace Evaluate.Adapters.Onnx.ModelFiles;

/// <summary>
/// The files of one exported model folder: optimum's (model.onnx or decoder_model_merged.onnx with config.json),
/// onnxruntime-genai's builder (genai_config.json, config.json optional) and onnx-community/transformers.js (graphs in
/// <c>onnx/</c>, picked with <c>file=</c>); see <see cref="GraphFile"/> for how the graph is found. tokenizer.json is
/// required; config.json is required unless genai_config.json is there to state the same settings.
/// </summary>
public sealed record ModelDirectory(string Root, string Graph, string? Config, string Tokenizer, string GenerationConfig, string GenAiConfig)
{
    public static readonly string[] GraphFileNames = ["model.onnx", "decoder_model_merged.onnx"];

    /// <summary>genai_config.json as read (<see cref="ModelFiles.GenAiConfig.None"/> when the folder has none).</summary>
    public ModelFiles.GenAiConfig GenAi { get; init; } = ModelFiles.GenAiConfig.None;

    /// <param name="file">The spec's <c>file=</c>: a graph file name relative to the folder (or its onnx/ subfolder).</param>
    public static ModelDirectory Open(string root, string? file = null)
    {
        if (!Directory.Exists(root)) throw new ArgumentException($"{root}: model folder not found");
        var genAiPath = GenAiConfigIn(root);
        var genAi = ModelFiles.GenAiConfig.ReadOptional(genAiPath);
        var graph = GraphFile.Find(root, file, genAi.DecoderFile);
        var config = Path.Combine(root, "config.json");
        if (!File.Exists(config))
        {
            if (genAi.Model is null)
                throw new ArgumentException($"{config}: file not found (a folder without config.json needs the genai_config.json of an onnxruntime-genai export)");
            config = null;
        }
        return new ModelDirectory(root, graph, config, Require(root, "tokenizer.json"),
            Path.Combine(root, "generation_config.json"), genAiPath) { GenAi = genAi };
    }

    public static string GenAiConfigIn(string root) => Path.Combine(root, "genai_config.json");

    /// <summary>config.json's settings, each missing one from genai_config.json; genai_config.json's alone without config.json.</summary>
    public ModelConfig ReadConfig() =>
        Config is { } path ? ModelConfig.Read(path).Or(GenAi.Model) : GenAi.Model!;

    /// <summary>The graph relative to the folder ("model.onnx", "onnx/model_q4.onnx"), as a run records it.</summary>
    public string GraphName => GraphFile.Relative(Root, Graph);

    private static string Require(string root, string name)
    {
        var path = Path.Combine(root, name);
        return File.Exists(path) ? path : throw new ArgumentException($"{path}: file not found");
    }
}
