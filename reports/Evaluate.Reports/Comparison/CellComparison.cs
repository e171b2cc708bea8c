using System.Text.Json.Serialization;

namespace Evaluate.Reports.Comparison;

/// <summary>
/// A baseline cell paired with a candidate cell: compared on the problems both have (<see cref="LeftOut"/> says how
/// many were not), with the problems that flipped and every metric's paired comparison.
/// </summary>
public sealed record CellComparison(
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("candidate_model")] string CandidateModel,
    [property: JsonPropertyName("suite")] string Suite,
    [property: JsonPropertyName("strategy")] string Strategy,
    [property: JsonPropertyName("paired_problems")] int PairedProblems,
    [property: JsonPropertyName("left_out_baseline_only")] int LeftOutBaselineOnly,
    [property: JsonPropertyName("left_out_candidate_only")] int LeftOutCandidateOnly,
    [property: JsonPropertyName("newly_wrong")] IReadOnlyList<string> NewlyWrong,
    [property: JsonPropertyName("newly_right")] IReadOnlyList<string> NewlyRight,
    [property: JsonPropertyName("metrics")] IReadOnlyList<MetricComparison> Metrics)
{
    /// <summary>Both cells are deterministic (<see cref="CellDeterminism"/>): a count cap on newly failed problems applies as a plain count.</summary>
    [JsonPropertyName("deterministic")] public bool Deterministic { get; init; }

    /// <summary>Each shared problem's sample outcomes in both runs (not written to compare.json), in the baseline's problem order.</summary>
    [JsonIgnore] public IReadOnlyList<ProblemOutcome> Outcomes { get; init; } = [];

    [JsonIgnore] public int LeftOut => LeftOutBaselineOnly + LeftOutCandidateOnly;

    [JsonIgnore] public string Label => Model == CandidateModel ? $"{Model} × {Suite} × {Strategy}" : $"{Model} → {CandidateModel} × {Suite} × {Strategy}";

    public MetricComparison? Metric(string name) => Metrics.FirstOrDefault(m => m.Metric == name);
}
