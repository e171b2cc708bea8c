using System.Text.Json.Serialization;

namespace Evaluate.Reports.Comparison;

/// <summary>compare.json: two runs compared cell by cell, with the cells only one run has and how the runs differ in the making.</summary>
public sealed record RunComparison(
    [property: JsonPropertyName("schema")] string Schema,
    [property: JsonPropertyName("baseline")] string Baseline,
    [property: JsonPropertyName("candidate")] string Candidate,
    [property: JsonPropertyName("bootstrap_resamples")] int BootstrapResamples,
    [property: JsonPropertyName("bootstrap_seed")] int BootstrapSeed,
    [property: JsonPropertyName("cells")] IReadOnlyList<CellComparison> Cells,
    [property: JsonPropertyName("baseline_only_cells")] IReadOnlyList<string> BaselineOnlyCells,
    [property: JsonPropertyName("candidate_only_cells")] IReadOnlyList<string> CandidateOnlyCells,
    [property: JsonPropertyName("mismatches")] IReadOnlyList<string> Mismatches)
{
    public const string SchemaName = "evaluate.compare/1";
}
