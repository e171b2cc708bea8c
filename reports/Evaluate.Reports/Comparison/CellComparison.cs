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
    [JsonIgnore] public int LeftOut => LeftOutBaselineOnly + LeftOutCandidateOnly;

    [JsonIgnore] public string Label => Model == CandidateModel ? $"{Model} × {Suite} × {Strategy}" : $"{Model} → {CandidateModel} × {Suite} × {Strategy}";

    public MetricComparison? Metric(string name) => Metrics.FirstOrDefault(m => m.Metric == name);
}
