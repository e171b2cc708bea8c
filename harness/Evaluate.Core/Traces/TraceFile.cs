using System.Text.Json;
using Evaluate.Core.Problems;
using Evaluate.Core.Running;

namespace Evaluate.Core.Traces;

/// <summary>
/// Reads traces.jsonl (a run's search trees, written with <c>run --traces</c>): one <see cref="SearchTrace"/> a line,
/// in file order. Every refusal names the file, the line and the field: a missing field, a wrong type, or a tree
/// that is not one (two nodes with one id, no root or two, a parent, visit or solution naming no node, a cycle).
/// </summary>
public static class TraceFile
{
    public const string FileName = "traces.jsonl";

    private static readonly string[] RequiredFields = ["run", "model", "suite", "strategy", "problem_id", "problem", "nodes", "visits"];

    /// <summary>The traces of the run in <paramref name="runDirectory"/>, with their line numbers.</summary>
    public static IEnumerable<(int Line, SearchTrace Trace)> ReadRun(string runDirectory)
    {
        if (!Directory.Exists(runDirectory)) throw new UsageException($"{runDirectory}: no such run directory");
        var path = Path.Combine(runDirectory, FileName);
        if (!File.Exists(path))
            throw new UsageException($"{path}: no such file: the run recorded no search traces (run with --traces)");
        return Read(path);
    }

    public static IEnumerable<(int Line, SearchTrace Trace)> Read(string path)
    {
        foreach (var (number, line) in Files.TextFiles.ReadLines(path, path, "traces file"))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return (number, Parse(path, number, line));
        }
    }

    /// <summary>One line of traces.jsonl, checked.</summary>
    public static SearchTrace Parse(string file, int number, string line)
    {
        SearchTrace? trace;
        try
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind != JsonValueKind.Object) throw new DatasetFormatException(file, number, "(line)", "not a JSON object");
            foreach (var field in RequiredFields)
                if (!document.RootElement.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
                    throw new DatasetFormatException(file, number, field, "missing");
            trace = document.RootElement.Deserialize<SearchTrace>(ResultJson.Lines);
        }
        catch (JsonException e)
        {
            throw new DatasetFormatException(file, number, Field(e.Path), OneLine(e.Message));
        }
        if (trace is null) throw new DatasetFormatException(file, number, "(line)", "null, not a trace");
        Check(trace, (field, message) => new DatasetFormatException(file, number, field, message));
        return trace;
    }

    /// <summary>Refuses a trace whose nodes do not form one tree rooted at a node without a parent.</summary>
    public static void Check(SearchTrace trace, Func<string, string, Exception> refuse)
    {
        var byId = new Dictionary<int, TraceNode>();
        for (var i = 0; i < trace.Nodes.Count; i++)
        {
            var node = trace.Nodes[i] ?? throw refuse($"nodes[{i}]", "null, not a node");
            if (node.Id < 0) throw refuse($"nodes[{i}].id", $"{node.Id}: ids are not negative");
            if (!byId.TryAdd(node.Id, node)) throw refuse($"nodes[{i}].id", $"{node.Id} is the id of an earlier node too");
            if (node.Step is null) throw refuse($"nodes[{i}].step", "null (an empty step is \"\")");
        }
        var roots = trace.Nodes.Where(n => n.Parent is null).ToList();
        if (roots.Count != 1) throw refuse("nodes", $"{roots.Count} nodes without a parent; a tree has exactly one root");
        for (var i = 0; i < trace.Nodes.Count; i++)
        {
            var node = trace.Nodes[i];
            if (node.Parent is not { } parent) continue;
            if (!byId.ContainsKey(parent)) throw refuse($"nodes[{i}].parent", $"{parent} names no node");
            var steps = 0;
            for (int? up = parent; up is { } at; up = byId[at].Parent)
                if (++steps > byId.Count || at == node.Id) throw refuse($"nodes[{i}].parent", $"node {node.Id} is its own ancestor");
        }
        for (var i = 0; i < trace.Visits.Count; i++)
            if (!byId.ContainsKey(trace.Visits[i])) throw refuse($"visits[{i}]", $"{trace.Visits[i]} names no node");
        if (trace.Solution is { } solution && !byId.ContainsKey(solution)) throw refuse("solution", $"{solution} names no node");
    }

    private static string Field(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "(line)" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
