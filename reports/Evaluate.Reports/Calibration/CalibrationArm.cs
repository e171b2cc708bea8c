using System.Text.Json.Serialization;
using Evaluate.Reports.Gate;

namespace Evaluate.Reports.Calibration;

/// <summary>
/// The reruns of one model gated against the baseline: for the unchanged model the failures are false alarms, for a
/// worse model they are detections. The rate comes with its Clopper-Pearson interval, and the causes count each
/// failing check (cell · rule) over the reruns (a rerun may fail several).
/// </summary>
public sealed record CalibrationArm(
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("reruns")] int Reruns,
    [property: JsonPropertyName("failed")] int Failed,
    [property: JsonPropertyName("interval")] BinomialInterval Interval,
    [property: JsonPropertyName("causes")] IReadOnlyList<CalibrationCause> Causes,
    [property: JsonPropertyName("verdicts")] IReadOnlyList<RerunVerdict> Verdicts)
{
    public static RerunVerdict Verdict(long seed, GateVerdict verdict) =>
        new(seed, !verdict.Passed, verdict.Checks.Where(c => c.Outcome == GateOutcome.Fail).Select(c => $"{SuiteAndStrategy(c.Cell)} · {c.Rule}").ToList());

    /// <summary>
    /// A cell named by suite × strategy: an arm has one model (the arm says which), and its full spec repeated on
    /// every line would bury the rule.
    /// </summary>
    private static string SuiteAndStrategy(string cell) =>
        cell.IndexOf(" × ", StringComparison.Ordinal) is var at and >= 0 ? cell[(at + 3)..] : cell;

    /// <param name="verdicts">In seed order, so the arm reads the same whatever order the reruns finished in.</param>
    public static CalibrationArm Of(string model, IReadOnlyList<RerunVerdict> verdicts, double level = 0.95)
    {
        var failed = verdicts.Count(v => v.Failed);
        var causes = verdicts.SelectMany(v => v.FailedChecks.Distinct())
            .GroupBy(c => c, StringComparer.Ordinal)
            .Select(g => new CalibrationCause(g.Key, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Check, StringComparer.Ordinal).ToList();
        return new CalibrationArm(model, verdicts.Count, failed, BinomialInterval.ClopperPearson(failed, verdicts.Count, level), causes, verdicts);
    }
}

/// <summary>A failing check (cell · rule) and in how many reruns it failed.</summary>
public sealed record CalibrationCause(
    [property: JsonPropertyName("check")] string Check,
    [property: JsonPropertyName("count")] int Count);
