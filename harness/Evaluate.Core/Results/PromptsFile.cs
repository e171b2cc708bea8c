using System.Text.Json;
using Evaluate.Core.Running;

namespace Evaluate.Core.Results;

/// <summary>
/// prompts.jsonl: each suite's prompt for each problem of the plan, written once before the first model call (a
/// resumed run keeps the file it started with; every shard writes the same one). Prompts are deterministic given the
/// plan, so they live apart from samples.jsonl, which stays as it was.
/// </summary>
public static class PromptsFile
{
    public const string FileName = "prompts.jsonl";

    /// <summary>Writes the file through a temporary name, so a reader never sees half of it.</summary>
    public static void Write(string path, IEnumerable<PromptRecord> prompts)
    {
        Files.OutputFile.WriteText(path, writer =>
        {
            var seen = new HashSet<(string, string)>();
            foreach (var prompt in prompts)
                if (seen.Add((prompt.Suite, prompt.ProblemId))) writer.WriteLine(JsonSerializer.Serialize(prompt, ResultJson.Lines));
        });
    }

    /// <summary>The prompts of a run by suite and problem id; empty when the run has none (older versions).</summary>
    public static Dictionary<(string Suite, string ProblemId), PromptRecord> Read(string path)
    {
        var prompts = new Dictionary<(string, string), PromptRecord>();
        foreach (var prompt in ResultFiles.ReadLines<PromptRecord>(path)) prompts.TryAdd((prompt.Suite, prompt.ProblemId), prompt);
        return prompts;
    }
}
