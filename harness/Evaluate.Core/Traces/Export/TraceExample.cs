using System.Text.Json.Serialization;

namespace Evaluate.Core.Traces.Export;

/// <summary>
/// One training example: a line of export-traces' output. <see cref="Text"/> is the linearised trace; the other
/// fields say where it came from (run, model, strategy; simulated traces are labelled) and what it holds, so a
/// training set can be filtered without parsing the text. <see cref="Rebuild"/> puts text and fields back together.
/// </summary>
public sealed record TraceExample
{
    [JsonPropertyName("source_run")] public required string SourceRun { get; init; }
    [JsonPropertyName("suite")] public required string Suite { get; init; }
    [JsonPropertyName("problem_id")] public required string ProblemId { get; init; }
    [JsonPropertyName("problem_index")] public int ProblemIndex { get; init; }
    [JsonPropertyName("strategy")] public required string Strategy { get; init; }
    [JsonPropertyName("model")] public required string Model { get; init; }
    [JsonPropertyName("simulated")] public bool Simulated { get; init; }
    /// <summary>For solver traces, the split the puzzle belongs to (train or test); absent for a run's traces.</summary>
    [JsonPropertyName("split"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Split { get; init; }
    [JsonPropertyName("format")] public required string Format { get; init; }
    /// <summary>Only the path from the root to the solution (--path-only).</summary>
    [JsonPropertyName("path_only")] public bool PathOnly { get; init; }
    /// <summary>The search ended in a correct answer.</summary>
    [JsonPropertyName("solved")] public bool Solved { get; init; }
    [JsonPropertyName("answer")] public string? Answer { get; init; }
    [JsonPropertyName("nodes")] public int Nodes { get; init; }
    [JsonPropertyName("visits")] public int Visits { get; init; }
    [JsonPropertyName("model_calls")] public int ModelCalls { get; init; }
    [JsonPropertyName("reward_calls")] public int RewardCalls { get; init; }
    [JsonPropertyName("tokens")] public int Tokens { get; init; }
    [JsonPropertyName("tokenizer")] public required string Tokenizer { get; init; }
    [JsonPropertyName("text")] public required string Text { get; init; }

    /// <summary>The trace this example was written from (its path, with --path-only), read back from the text.</summary>
    public SearchTrace Rebuild()
    {
        var tree = TraceFormats.Get(Format).Read(Text);
        return new SearchTrace
        {
            Run = SourceRun, Model = Model, Simulated = Simulated, Suite = Suite, Strategy = Strategy, ProblemId = ProblemId,
            ProblemIndex = ProblemIndex, Problem = tree.Problem, Nodes = tree.Nodes, Visits = tree.Visits, Solution = tree.Solution,
            Answer = tree.Answer, Correct = tree.Correct, ModelCalls = ModelCalls, RewardCalls = RewardCalls,
        };
    }
}
