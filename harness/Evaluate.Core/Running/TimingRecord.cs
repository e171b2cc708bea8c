using System.Text.Json.Serialization;

namespace Evaluate.Core.Running;

/// <summary>Wall-clock cost of one problem: a line of timings.jsonl (kept apart from the deterministic files).</summary>
public sealed record TimingRecord(
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("suite")] string Suite,
    [property: JsonPropertyName("strategy")] string Strategy,
    [property: JsonPropertyName("problem_id")] string ProblemId,
    [property: JsonPropertyName("problem_index")] int ProblemIndex,
    [property: JsonPropertyName("wall_ms")] double WallMilliseconds,
    [property: JsonPropertyName("latency_ms_per_call")] double LatencyMillisecondsPerCall);
