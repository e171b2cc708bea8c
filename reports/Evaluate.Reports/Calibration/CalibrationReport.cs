using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Evaluate.Reports.Calibration;

/// <summary>
/// What `gate calibrate` measured (its --json file): the plan and rules by path and SHA-256, the baseline run's
/// fingerprint and seed, the reruns' seeds, and per arm the failures with their interval and causes.
/// </summary>
public sealed record CalibrationReport(
    [property: JsonPropertyName("schema")] string Schema,
    [property: JsonPropertyName("plan")] string Plan,
    [property: JsonPropertyName("plan_sha256")] string PlanSha256,
    [property: JsonPropertyName("run_fingerprint")] string? RunFingerprint,
    [property: JsonPropertyName("rules")] string Rules,
    [property: JsonPropertyName("rules_sha256")] string? RulesSha256,
    [property: JsonPropertyName("limit")] int? Limit,
    [property: JsonPropertyName("baseline_seed")] long BaselineSeed,
    [property: JsonPropertyName("seeds")] string Seeds,
    [property: JsonPropertyName("false_alarms")] CalibrationArm FalseAlarms,
    [property: JsonPropertyName("detection"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] CalibrationArm? Detection,
    [property: JsonPropertyName("elapsed_seconds")] double ElapsedSeconds)
{
    public const string SchemaName = "evaluate.gate-calibration/1";

    public string ToJson() => JsonSerializer.Serialize(this, Options) + "\n";

    public static CalibrationReport FromJson(string json) => JsonSerializer.Deserialize<CalibrationReport>(json, Options)!;

    /// <summary>The figures as a reader wants them: rates with intervals, then the checks behind the failures.</summary>
    public string ToText()
    {
        var sb = new StringBuilder();
        sb.AppendLine($"plan {Plan} (sha256 {Short(PlanSha256)}, run fingerprint {Short(RunFingerprint)}){(Limit is { } l ? $", limit {l}" : "")}");
        sb.AppendLine($"rules {Rules}{(RulesSha256 is null ? "" : $" (sha256 {Short(RulesSha256)})")}");
        sb.AppendLine($"baseline seed {BaselineSeed}; reruns at seeds {Seeds}");
        Arm(sb, "false alarms", "reruns of the unchanged model failed the gate", FalseAlarms);
        if (Detection is not null) Arm(sb, "detection", $"reruns of {Detection.Model} failed the gate", Detection);
        sb.AppendLine($"elapsed {ElapsedSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
        return sb.ToString();
    }

    private static void Arm(StringBuilder sb, string title, string what, CalibrationArm arm)
    {
        var i = arm.Interval;
        sb.AppendLine($"{title}: {arm.Failed} of {arm.Reruns} {what}: {Percent(i.Rate)} (95% Clopper-Pearson interval {Percent(i.Low)} to {Percent(i.High)})");
        foreach (var cause in arm.Causes.Take(20)) sb.AppendLine($"  {cause.Count,4} × {cause.Check}");
        if (arm.Causes.Count > 20) sb.AppendLine($"  … {arm.Causes.Count - 20} more checks (see --json)");
    }

    private static string Percent(double rate) => (100 * rate).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Short(string? sha) => sha is null ? "none" : sha.Length > 12 ? sha[..12] : sha;

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
