using System.Text.Json;
using Evaluate.Core.Running;
using Evaluate.Core.Traces;

namespace Evaluate.Tests.Traces;

/// <summary>Reads a run directory's traces.jsonl and problems.jsonl as the records they hold.</summary>
public static class TraceFiles
{
    public static List<SearchTrace> Traces(string directory) =>
        File.ReadAllLines(Path.Combine(directory, "traces.jsonl")).Select(l => JsonSerializer.Deserialize<SearchTrace>(l, ResultJson.Lines)!).ToList();

    public static List<ProblemRecord> Problems(string directory) =>
        File.ReadAllLines(Path.Combine(directory, "problems.jsonl")).Select(l => JsonSerializer.Deserialize<ProblemRecord>(l, ResultJson.Lines)!).ToList();
}
