using Evaluate.Core;
using Evaluate.Core.Metrics;
using Evaluate.Reports.Comparison;

namespace Evaluate.Reports.Gate;

/// <summary>
/// One gate decision, the same sequence for `gate` and `gate calibrate`: compare every metric a rule names (declared
/// compare metric or not) at the rules' α, refuse runs that are not comparable, apply the rules. Calibration measures
/// exactly the gate users run because both call this.
/// </summary>
public static class Gatekeeper
{
    /// <param name="baselineName">How the verdict names the baseline (a history entry's run name, tag and date) instead of its path.</param>
    public static GateVerdict Decide(RunEvidence baseline, RunEvidence candidate, GateRules rules, MetricCatalog catalog, bool allowMismatch = false, string? baselineName = null)
    {
        var comparer = new RunComparer(rules.Alpha, catalog: catalog) { AlsoCompare = rules.RuleMetrics() };
        var comparison = comparer.Compare(baseline, candidate);
        if (comparison.Mismatches.Count > 0 && !allowMismatch)
            throw new UsageException("the runs are not comparable (use --allow-mismatch to compare anyway):\n  " + string.Join("\n  ", comparison.Mismatches));
        var verdict = GateEvaluator.Evaluate(comparison, rules, catalog);
        return baselineName is null ? verdict : verdict with { Baseline = baselineName };
    }

    public static GateVerdict Decide(string baselineDirectory, string candidateDirectory, GateRules rules, MetricCatalog catalog, bool allowMismatch = false, string? baselineName = null) =>
        Decide(RunEvidence.Read(baselineDirectory), RunEvidence.Read(candidateDirectory), rules, catalog, allowMismatch, baselineName);
}
