using System.Globalization;
using Evaluate.Reports.Comparison;

namespace Evaluate.Reports.Gate;

/// <summary>
/// Applies gate rules to a comparison. A metric regresses only when its worsening (in the catalog's bad direction)
/// is beyond the rule's tolerance AND the paired test's p-value is below the rule's α; newly failed problems fail
/// when they exceed the cap; a baseline cell with no candidate fails when the rules say so.
/// </summary>
public static class GateEvaluator
{
    /// <param name="catalog">The registered metrics (default: the built-in ones): which family a FAMILY@max rule names.</param>
    public static GateVerdict Evaluate(RunComparison comparison, GateRules rules, Core.Metrics.MetricCatalog? catalog = null)
    {
        catalog ??= Core.Metrics.MetricCatalog.Default;
        var checks = new List<GateCheck>();
        foreach (var cell in comparison.Cells)
        {
            var (metricRules, maxNewlyFailed) = rules.For(new(cell.Model, cell.Suite, cell.Strategy));
            foreach (var rule in metricRules) checks.Add(Check(cell, rule, catalog));
            if (maxNewlyFailed is { } cap)
            {
                var failed = cell.NewlyWrong.Count > cap;
                checks.Add(new GateCheck(cell.Label, $"newly failed problems ≤ {cap}", failed ? GateOutcome.Fail : GateOutcome.Pass,
                    $"{cell.NewlyWrong.Count} newly failed (cap {cap}){Ids(" newly wrong: ", cell.NewlyWrong)}",
                    NewlyWrong: cell.NewlyWrong, NewlyRight: cell.NewlyRight));
            }
        }
        foreach (var missing in comparison.BaselineOnlyCells)
            checks.Add(new GateCheck(missing, "cell present in the candidate", rules.MissingCellFails ? GateOutcome.Fail : GateOutcome.Skipped,
                rules.MissingCellFails ? "the candidate has no results for this baseline cell (missing_cell: fail)" : "missing in the candidate (missing_cell: pass)"));
        var notes = new List<string>();
        foreach (var cell in comparison.Cells.Where(c => c.LeftOut > 0))
            notes.Add($"{cell.Label}: compared on {cell.PairedProblems} shared problems; {cell.LeftOutBaselineOnly} only in the baseline and {cell.LeftOutCandidateOnly} only in the candidate were left out");
        foreach (var extra in comparison.CandidateOnlyCells) notes.Add($"{extra}: only in the candidate (not gated)");
        return new GateVerdict(comparison.Baseline, comparison.Candidate, checks, notes);
    }

    private static GateCheck Check(CellComparison cell, MetricRule rule, Core.Metrics.MetricCatalog catalog)
    {
        var name = Resolve(rule.Metric, cell, catalog);
        var tolerance = rule.Relative ? $"{Percent(rule.MaxDrop)} relative" : Number(rule.MaxDrop);
        var title = $"{rule.Metric}{(name is not null && name != rule.Metric ? $" ({name})" : "")}: worsening ≤ {tolerance} at α {Number(rule.Alpha)}";
        if (name is null || cell.Metric(name) is not { } m)
            return new GateCheck(cell.Label, title, GateOutcome.Skipped, $"{rule.Metric} is not defined for this cell", rule.Metric);
        var worsening = rule.Relative ? m.RelativeWorsening ?? 0 : m.Worsening;
        var beyond = worsening > rule.MaxDrop;
        var significant = m.PValue < rule.Alpha;
        var regression = beyond && significant;
        var message = $"{name}: {Number(m.Baseline)} → {Number(m.Candidate)} (delta {Signed(m.Delta)}{(rule.Relative ? $", {Signed(100 * (m.Candidate - m.Baseline) / Math.Max(1e-12, Math.Abs(m.Baseline)))}%" : "")}), "
            + $"p = {PValue(m.PValue)} ({m.Test}), MDE {(m.Mde is { } mde ? Number(mde) : "n/a")}; "
            + (regression ? "REGRESSION: beyond tolerance and significant" : beyond ? "beyond tolerance but not significant (noise)" : "within tolerance")
            // Flipped ids belong in a failure's message; a passing check names none, so the table stays readable.
            + (regression ? Ids("; newly wrong: ", cell.NewlyWrong) + Ids("; newly right: ", cell.NewlyRight) : "");
        return new GateCheck(cell.Label, title, regression ? GateOutcome.Fail : GateOutcome.Pass, message, name, m.Delta, m.PValue, cell.NewlyWrong, cell.NewlyRight);
    }

    /// <summary>
    /// FAMILY@max: the family at its headline k for the pair (the comparison holds the family at every k both cells
    /// define, so its largest is <see cref="Core.Metrics.Table.HeadlineK.Shared"/>'s answer).
    /// </summary>
    private static string? Resolve(string metric, CellComparison cell, Core.Metrics.MetricCatalog catalog)
    {
        if (MetricRule.MaxFamily(metric) is not { } family) return metric;
        return cell.Metrics.Select(m => (m.Metric, Resolved: catalog.Resolve(m.Metric)))
            .Where(m => m.Resolved is { K: not null } r && r.Declaration.Family == family)
            .OrderByDescending(m => m.Resolved!.K).Select(m => m.Metric).FirstOrDefault();
    }

    /// <summary>At most 20 ids, so a message stays readable when a whole suite flips.</summary>
    private static string Ids(string label, IReadOnlyList<string> ids) =>
        ids.Count == 0 ? "" : label + string.Join(", ", ids.Take(20)) + (ids.Count > 20 ? $" (+{ids.Count - 20} more)" : "");

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>Small p-values in scientific notation, so an exact McNemar p of 1e-9 is not shown as 0.</summary>
    public static string PValue(double p) => p < 0.0001 ? p.ToString("0.0e+0", CultureInfo.InvariantCulture) : p.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Signed(double value) => value.ToString("+0.####;-0.####;0", CultureInfo.InvariantCulture);

    private static string Percent(double value) => (100 * value).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
