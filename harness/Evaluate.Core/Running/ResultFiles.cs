using System.Text.Json;

namespace Evaluate.Core.Running;

/// <summary>
/// The files of one run directory. samples.jsonl and problems.jsonl hold only deterministic values; wall-clock
/// values go to timings.jsonl and run.json so that the same seed reproduces the first two byte for byte.
/// </summary>
public sealed class ResultFiles(string directory)
{
    public string Directory { get; } = directory;
    public string Samples => Path.Combine(Directory, "samples.jsonl");
    public string Problems => Path.Combine(Directory, "problems.jsonl");
    public string Timings => Path.Combine(Directory, "timings.jsonl");
    /// <summary>What each problem's search explored (<see cref="Evaluate.Core.Traces.SearchTrace"/>); written only with --traces.</summary>
    public string Traces => Path.Combine(Directory, "traces.jsonl");
    public string Summary => Path.Combine(Directory, "summary.json");
    public string SummaryCsv => Path.Combine(Directory, "summary.csv");
    public string RunInfo => Path.Combine(Directory, "run.json");
    public string Manifest => Path.Combine(Directory, "manifest.json");
    public string Prompts => Path.Combine(Directory, Results.PromptsFile.FileName);

    public bool HasResults => File.Exists(Problems) || File.Exists(Samples);

    public static IEnumerable<T> ReadLines<T>(string path)
    {
        if (!File.Exists(path)) yield break;
        foreach (var (lineNumber, line) in Files.TextFiles.ReadLines(path, path, "result file"))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            T? value;
            try { value = JsonSerializer.Deserialize<T>(line, ResultJson.Lines); }
            catch (JsonException e) { throw new Problems.DatasetFormatException(path, lineNumber, e.Path ?? "(line)", e.Message); }
            if (value is not null) yield return value;
        }
    }
}
