using System.Text.Json.Serialization;

namespace Evaluate.Core.Traces;

/// <summary>
/// One node of the tree a search strategy built for a problem: a reasoning step (or, for sampling strategies, a whole
/// solution under the root), where it hangs, what the search learnt about it and what became of it. Node 0 is the
/// root (the problem itself, no step). Ids are assigned in creation order, so a trace is deterministic for a seed.
/// </summary>
public sealed record TraceNode
{
    [JsonPropertyName("id")] public required int Id { get; init; }
    /// <summary>The parent's id; null only for the root.</summary>
    [JsonPropertyName("parent")] public int? Parent { get; init; }
    [JsonPropertyName("depth")] public int Depth { get; init; }
    /// <summary>The step's text as the model wrote it (hostile input: readers escape it).</summary>
    [JsonPropertyName("step")] public string Step { get; init; } = "";
    /// <summary>The evaluation the search used for this node (reward, value vote, mean MCTS value); null when never evaluated.</summary>
    [JsonPropertyName("value")] public double? Value { get; init; }
    /// <summary>Times the search visited the node (MCTS visit count; 1 for a node other searches looked at once).</summary>
    [JsonPropertyName("visits")] public int Visits { get; init; }
    /// <summary>The search asked the model for this node's children.</summary>
    [JsonPropertyName("expanded")] public bool Expanded { get; init; }
    /// <summary>The search dropped the node (outside the beam, below a threshold) without expanding it.</summary>
    [JsonPropertyName("pruned")] public bool Pruned { get; init; }
    /// <summary>The node ends a solution: its step states a final answer, or it cannot be expanded further.</summary>
    [JsonPropertyName("terminal")] public bool Terminal { get; init; }
    /// <summary>The final answer a terminal node states, when one could be read.</summary>
    [JsonPropertyName("answer")] public string? Answer { get; init; }
    /// <summary>Whether that answer is correct; null when not terminal or not gradable.</summary>
    [JsonPropertyName("correct")] public bool? Correct { get; init; }
}
