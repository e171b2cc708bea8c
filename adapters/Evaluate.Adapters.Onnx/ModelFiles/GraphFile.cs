namespace Evaluate.Adapters.Onnx.ModelFiles;

/// <summary>
/// Finds the decoder graph of an export folder. With <c>file=NAME</c>: NAME in the folder, else in its <c>onnx/</c>
/// subfolder (onnx-community and transformers.js keep model.onnx, model_fp16.onnx, model_q4.onnx, … there). Else
/// genai_config.json's <c>model.decoder.filename</c>. Else the first of model.onnx, decoder_model_merged.onnx, each in
/// the folder then in onnx/: the unquantized graph is the default when several precisions are shipped, and any other
/// is chosen with <c>file=</c>. A miss lists the graphs that are there.
/// </summary>
internal static class GraphFile
{
    public const string Subfolder = "onnx";

    public static string Find(string root, string? file, string? genAiDecoderFile)
    {
        if (file is not null)
        {
            if (Path.IsPathRooted(file) || file.Split('/', '\\').Contains(".."))
                throw new ArgumentException($"component 'onnx': file={file} must name a graph inside the model folder {root} (relative, no '..')");
            return Places(root, file).FirstOrDefault(File.Exists)
                ?? throw new ArgumentException($"{Path.Combine(root, file)}: file not found, nor in {Subfolder}/ (file={file}; graphs here: {Listing(root)})");
        }
        if (genAiDecoderFile is not null)
        {
            var named = Path.Combine(root, genAiDecoderFile);
            return File.Exists(named) ? named
                : throw new ArgumentException($"{named}: file not found (genai_config.json's model.decoder.filename)");
        }
        var candidates = ModelDirectory.GraphFileNames.SelectMany(name => Places(root, name)).ToList();
        if (candidates.FirstOrDefault(File.Exists) is { } found) return found;
        var others = Graphs(root);
        throw new ArgumentException(others.Count == 0
            ? $"{candidates[0]}: file not found (looked for {string.Join(", ", candidates.Select(c => Path.GetRelativePath(root, c).Replace('\\', '/')))})"
            : $"{candidates[0]}: file not found, nor decoder_model_merged.onnx, in the folder or {Subfolder}/; choose one of the graphs here with file=NAME: {string.Join(", ", others)}");
    }

    /// <summary>The graph's path relative to the folder, with '/', as a run records it.</summary>
    public static string Relative(string root, string graph) => Path.GetRelativePath(root, graph).Replace('\\', '/');

    private static IEnumerable<string> Places(string root, string name) => [Path.Combine(root, name), Path.Combine(root, Subfolder, name)];

    private static List<string> Graphs(string root) =>
        new[] { root, Path.Combine(root, Subfolder) }.Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.onnx"))
            .Select(path => Relative(root, path)).Order(StringComparer.Ordinal).ToList();

    private static string Listing(string root) => Graphs(root) is { Count: > 0 } graphs ? string.Join(", ", graphs) : "none";
}
