using System.Text.Json.Serialization;

namespace Evaluate.Core.Traces;

/// <summary>
/// What a strategy explored for one problem: a line of traces.jsonl (written only with <c>--traces</c>). The tree is
/// <see cref="Nodes"/>; <see cref="Visits"/> is the order in which the search looked at them (a node may recur, e.g.
/// MCTS selection passes). <see cref="ModelCalls"/> and <see cref="RewardCalls"/> equal the compute the problem's
/// record in problems.jsonl reports, so a trace can be checked against the run's accounting.
/// </summary>
public sealed record SearchTrace
{
    [JsonPropertyName("run")] public required string Run { get; init; }
    [JsonPropertyName("model")] public required string Model { get; init; }
    /// <summary>The model is the embedded simulated reasoner: its traces are simulated, not a real model's search.</summary>
    [JsonPropertyName("simulated")] public bool Simulated { get; init; }
    [JsonPropertyName("suite")] public required string Suite { get; init; }
    [JsonPropertyName("strategy")] public required string Strategy { get; init; }
    [JsonPropertyName("problem_id")] public required string ProblemId { get; init; }
    [JsonPropertyName("problem_index")] public int ProblemIndex { get; init; }
    /// <summary>The problem statement, so an exported example is self-contained.</summary>
    [JsonPropertyName("problem")] public required string Problem { get; init; }
    [JsonPropertyName("nodes")] public required IReadOnlyList<TraceNode> Nodes { get; init; }
    /// <summary>Node ids in visit order.</summary>
    [JsonPropertyName("visits")] public required IReadOnlyList<int> Visits { get; init; }
    /// <summary>The terminal node the strategy chose as its solution; null when it chose none.</summary>
    [JsonPropertyName("solution")] public int? Solution { get; init; }
    [JsonPropertyName("answer")] public string? Answer { get; init; }
    [JsonPropertyName("correct")] public bool? Correct { get; init; }
    [JsonPropertyName("model_calls")] public int ModelCalls { get; init; }
    [JsonPropertyName("reward_calls")] public int RewardCalls { get; init; }
}
