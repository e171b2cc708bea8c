using System.Text.Json.Serialization;

namespace Evaluate.Core.Traces.Export;

/// <summary>
/// The part of a <see cref="SearchTrace"/> an exported example's text carries: the problem, the tree (nodes by id),
/// the visit order, the chosen solution and the final answer. Every format writes exactly this and parses back to
/// it; the example's other fields (run, model, strategy, compute) sit beside the text.
/// </summary>
public sealed record TraceTree
{
    [JsonPropertyName("problem")] public required string Problem { get; init; }
    [JsonPropertyName("nodes")] public required IReadOnlyList<TraceNode> Nodes { get; init; }
    [JsonPropertyName("visits")] public required IReadOnlyList<int> Visits { get; init; }
    [JsonPropertyName("solution")] public int? Solution { get; init; }
    [JsonPropertyName("answer")] public string? Answer { get; init; }
    [JsonPropertyName("correct")] public bool? Correct { get; init; }

    public static TraceTree Of(SearchTrace trace) => new()
    {
        Problem = trace.Problem,
        Nodes = trace.Nodes.OrderBy(n => n.Id).ToList(),
        Visits = trace.Visits,
        Solution = trace.Solution,
        Answer = trace.Answer,
        Correct = trace.Correct,
    };

    /// <summary>Field by field, nodes and visits element by element (records compare lists by reference).</summary>
    public bool SameAs(TraceTree other) =>
        Problem == other.Problem && Nodes.SequenceEqual(other.Nodes) && Visits.SequenceEqual(other.Visits)
        && Solution == other.Solution && Answer == other.Answer && Correct == other.Correct;

    /// <summary>The first difference from <paramref name="other"/>, for a test's message; null when the same.</summary>
    public string? FirstDifference(TraceTree other)
    {
        if (Problem != other.Problem) return "problem";
        if (Nodes.Count != other.Nodes.Count) return $"nodes: {Nodes.Count} vs {other.Nodes.Count}";
        for (var i = 0; i < Nodes.Count; i++)
            if (Nodes[i] != other.Nodes[i]) return $"node {Nodes[i].Id}: {Nodes[i]} vs {other.Nodes[i]}";
        if (!Visits.SequenceEqual(other.Visits)) return $"visits: {string.Join(',', Visits)} vs {string.Join(',', other.Visits)}";
        if (Solution != other.Solution) return "solution";
        if (Answer != other.Answer) return "answer";
        return Correct != other.Correct ? "correct" : null;
    }
}
