using System.Text.Json.Serialization;

namespace Evaluate.Reports.Calibration;

/// <summary>One rerun gated against the baseline: its seed, whether the gate failed it, and the checks that failed (cell · rule).</summary>
public sealed record RerunVerdict(
    [property: JsonPropertyName("seed")] long Seed,
    [property: JsonPropertyName("failed")] bool Failed,
    [property: JsonPropertyName("failed_checks")] IReadOnlyList<string> FailedChecks);
