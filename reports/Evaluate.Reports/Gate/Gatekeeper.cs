using Evaluate.Core;
using Evaluate.Core.Metrics;
using Evaluate.Reports.Comparison;

namespace Evaluate.Reports.Gate;

/// <summary>
/// One gate decision, the same sequence for `gate` and `gate calibrate`: compare every metric a rule names (declared
/// compare metric or not) at the rules' α, refuse runs that are not comparable (data, versions, problem overlap), apply
/// the rules, refuse an underpowered gate when the rules require power. Calibration measures
/// exactly the gate users run because both call this.
/// </summary>
public static class Gatekeeper
{
    /// <param name="baselineName">How the verdict names the baseline (a history entry's run name, tag and date) instead of its path.</param>
    /// <param name="minOverlap">The share of the baseline's problems each paired cell of the candidate must hold (<see cref="ProblemOverlapCheck"/>).</param>
    public static GateVerdict Decide(RunEvidence baseline, RunEvidence candidate, GateRules rules, MetricCatalog catalog, bool allowMismatch = false,
        string? baselineName = null, double minOverlap = ProblemOverlapCheck.DefaultMinShare)
    {
        var comparer = new RunComparer(rules.Alpha, catalog: catalog) { AlsoCompare = rules.RuleMetrics() };
        var comparison = comparer.Compare(baseline, candidate);
        if (comparison.Mismatches.Count > 0 && !allowMismatch)
            throw new UsageException("the runs are not comparable (use --allow-mismatch to compare anyway):\n  " + string.Join("\n  ", comparison.Mismatches));
        ProblemOverlapCheck.Require(comparison, minOverlap, allowMismatch);
        var verdict = GateEvaluator.Evaluate(comparison, rules, catalog);
        // Refused before anything is written: an underpowered gate's pass would be a result it cannot vouch for.
        if (rules.RequirePower && verdict.Underpowered.Count > 0)
            throw new UsageException($"{rules.Source}: require_power: true, and {verdict.Underpowered.Count} checks cannot detect their tolerance: "
                + string.Join("; ", verdict.Underpowered.Take(5).Select(c => $"{c.Cell}: {c.Rule} ({c.PowerAdvice})")) + (verdict.Underpowered.Count > 5 ? "; …" : ""));
        return baselineName is null ? verdict : verdict with { Baseline = baselineName };
    }

    public static GateVerdict Decide(string baselineDirectory, string candidateDirectory, GateRules rules, MetricCatalog catalog, bool allowMismatch = false,
        string? baselineName = null, double minOverlap = ProblemOverlapCheck.DefaultMinShare) =>
        Decide(RunEvidence.Read(baselineDirectory), RunEvidence.Read(candidateDirectory), rules, catalog, allowMismatch, baselineName, minOverlap);
}
