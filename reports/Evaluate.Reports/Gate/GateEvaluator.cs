using System.Globalization;
using Evaluate.Reports.Comparison;
using Evaluate.Reports.Statistics;

namespace Evaluate.Reports.Gate;

/// <summary>
/// Applies gate rules to a comparison. One gate is one family of tests: every rule × cell check with a p-value is
/// adjusted together (Holm by default, <see cref="GateRules.Correction"/>), so the gate's α is the probability that a
/// rerun of an unchanged model fails it. A metric regresses only when its worsening (in the catalog's bad direction)
/// is beyond the rule's tolerance AND its adjusted p is below the rule's α. A cap on newly failed problems is a plain
/// count on a deterministic cell and a test on a sampled one (<see cref="SampledCap"/>). Every metric check reports its
/// minimal detectable effect at the corrected level and is marked underpowered when that exceeds its tolerance.
/// </summary>
public static class GateEvaluator
{
    /// <param name="catalog">The registered metrics (default: the built-in ones): which family a FAMILY@max rule names.</param>
    public static GateVerdict Evaluate(RunComparison comparison, GateRules rules, Core.Metrics.MetricCatalog? catalog = null)
    {
        catalog ??= Core.Metrics.MetricCatalog.Default;
        var drafts = new List<Draft>();
        foreach (var cell in comparison.Cells)
        {
            var (metricRules, maxNewlyFailed) = rules.For(new(cell.Model, cell.Suite, cell.Strategy));
            foreach (var rule in metricRules) drafts.Add(MetricDraft(cell, rule, catalog));
            if (maxNewlyFailed is { } cap) drafts.Add(cell.Deterministic ? CountDraft(cell, cap) : SampledCap.Draft(cell, cap, rules.Alpha));
        }

        // The family: every check with a p-value, adjusted together; its size sets the worst-case level for power.
        var family = drafts.Where(d => d.PValue is not null).ToList();
        var adjusted = FamilyWiseAdjustment.Adjust([.. family.Select(d => d.PValue!.Value)], rules.Correction);
        for (var i = 0; i < family.Count; i++) family[i].AdjustedPValue = adjusted[i];
        var checks = drafts.Select(d => d.Finish(rules, family.Count)).ToList();

        foreach (var missing in comparison.BaselineOnlyCells)
            checks.Add(new GateCheck(missing, "cell present in the candidate", rules.MissingCellFails ? GateOutcome.Fail : GateOutcome.Skipped,
                rules.MissingCellFails ? "the candidate has no results for this baseline cell (missing_cell: fail)" : "missing in the candidate (missing_cell: pass)"));
        var notes = new List<string>
        {
            $"{CorrectionText(rules.Correction)} over {family.Count} checks: α {Number(rules.Alpha)} is the probability that a rerun of an unchanged model fails this gate",
        };
        foreach (var cell in comparison.Cells.Where(c => c.LeftOut > 0))
            notes.Add($"{cell.Label}: compared on {cell.PairedProblems} shared problems; {cell.LeftOutBaselineOnly} only in the baseline and {cell.LeftOutCandidateOnly} only in the candidate were left out");
        foreach (var extra in comparison.CandidateOnlyCells) notes.Add($"{extra}: only in the candidate (not gated)");
        var underpowered = checks.Count(c => c.Underpowered);
        if (underpowered > 0)
            notes.Add($"{underpowered} of {checks.Count} checks are underpowered (minimal detectable effect above the tolerance): a regression of the tolerated size would usually pass them; each says what would power it");
        return new GateVerdict(comparison.Baseline, comparison.Candidate, checks, notes)
        {
            Correction = rules.Correction,
            FamilySize = family.Count,
            Alpha = rules.Alpha,
        };
    }

    private static string CorrectionText(MultipleTestCorrection correction) => correction switch
    {
        MultipleTestCorrection.Holm => "Holm-Bonferroni correction",
        MultipleTestCorrection.Bonferroni => "Bonferroni correction",
        _ => "no correction (each check at its own α)",
    };

    private static Draft MetricDraft(CellComparison cell, MetricRule rule, Core.Metrics.MetricCatalog catalog)
    {
        var name = Resolve(rule.Metric, cell, catalog);
        var tolerance = rule.Relative ? $"{Percent(rule.MaxDrop)} relative" : Number(rule.MaxDrop);
        var title = $"{rule.Metric}{(name is not null && name != rule.Metric ? $" ({name})" : "")}: worsening ≤ {tolerance}{(rule.Log ? " (log scale)" : "")} at α {Number(rule.Alpha)}";
        if (name is null || cell.Metric(name) is not { } m)
            return new Draft(cell.Label, title, null, null, (_, _, _) => new GateCheck(cell.Label, title, GateOutcome.Skipped, $"{rule.Metric} is not defined for this cell", rule.Metric));

        var (p, test) = (m.PValue, m.Test);
        if ((rule.Log || rule.MidP) && m.Values is { } retest && catalog.Find(name) is { } descriptor)
            (p, test) = PairedTest.Run(descriptor, retest.Baseline, retest.Candidate, new PairedTestOptions(rule.MidP, rule.Log));
        var worsening = rule.Relative ? m.RelativeWorsening ?? 0 : m.Worsening;
        var beyond = worsening > rule.MaxDrop;
        var worse = m.Values?.Moved(m.Direction, worse: true) ?? cell.NewlyWrong;
        var better = m.Values?.Moved(m.Direction, worse: false) ?? cell.NewlyRight;

        return new Draft(cell.Label, title, p, test, (adjusted, rules, familySize) =>
        {
            var level = FamilyWiseAdjustment.WorstCaseLevel(rule.Alpha, familySize, rules.Correction);
            var (mdeTolerance, power) = Power(cell, m, rule, catalog.Find(name), level, rules.Power);
            var regression = beyond && adjusted < rule.Alpha;
            var underpowered = power is not null && !power.Detects(mdeTolerance);
            var advice = underpowered ? Advice(power!) : null;
            var message = $"{name}: {Number(m.Baseline)} → {Number(m.Candidate)} (delta {Signed(m.Delta)}{(rule.Relative ? $", {Signed(100 * (m.Candidate - m.Baseline) / Math.Max(1e-12, Math.Abs(m.Baseline)))}%" : "")}), "
                + $"p = {PValue(p)} ({test}), {AdjustedText(rules.Correction, adjusted, familySize)}, "
                + $"MDE {(power is null ? "n/a" : Number(power.Mde))} at α {PValue(level)} and power {Number(rules.Power)}{(rule.Log ? " (log scale)" : "")}"
                + (underpowered ? $" > tolerance {Number(mdeTolerance)}: UNDERPOWERED ({advice})" : "") + "; "
                + (regression ? "REGRESSION: beyond tolerance and significant" : beyond ? "beyond tolerance but not significant (noise)" : "within tolerance")
                // Moved ids belong in a failure's message; a passing check names none, so the table stays readable.
                + (regression ? Ids($"; worse on {name}: ", worse) + Ids($"; better on {name}: ", better) : "");
            return new GateCheck(cell.Label, title, regression ? GateOutcome.Fail : GateOutcome.Pass, message, name, m.Delta, p, worse, better,
                test, adjusted, rule.Alpha, power?.Mde, mdeTolerance, underpowered, advice);
        });
    }

    /// <summary>The MDE in the tolerance's units: the absolute tolerance, a relative one times the baseline, or log(1 + relative) on the log scale.</summary>
    private static (double Tolerance, PowerEstimate? Power) Power(CellComparison cell, MetricComparison m, MetricRule rule,
        Core.Metrics.MetricDescriptor? descriptor, double level, double power)
    {
        var tolerance = rule.Log
            ? Math.Log(1 + (rule.Relative ? rule.MaxDrop : rule.MaxDrop / Math.Max(1e-12, Math.Abs(m.Baseline))))
            : rule.Relative ? rule.MaxDrop * Math.Abs(m.Baseline) : rule.MaxDrop;
        if (m.Values is not { } values || descriptor is null || cell.Outcomes.Count != values.Baseline.Length) return (tolerance, null);
        var baseline = rule.Log ? values.Baseline.Select(PairedTest.Log).ToArray() : values.Baseline;
        return (tolerance, MetricPower.Plan(descriptor, baseline, [.. cell.Outcomes.Select(o => o.BaselineCorrect)],
            [.. cell.Outcomes.Select(o => o.BaselineSamples)], cell.Deterministic, tolerance, level, power, rule.Log));
    }

    internal static string Advice(PowerEstimate power) =>
        (power.ProblemsNeeded, power.SamplesNeeded) switch
        {
            ({ } problems, { } samples) => $"needs ≥ {problems} problems at today's samples per problem, or ≥ {samples} samples per problem at today's problems",
            ({ } problems, null) => $"needs ≥ {problems} problems",
            _ => "a tolerance of 0 cannot be powered",
        } + $"; {power.Basis}";

    private static Draft CountDraft(CellComparison cell, int cap)
    {
        var title = $"newly failed problems ≤ {cap}";
        return new Draft(cell.Label, title, null, "count", (_, _, _) =>
        {
            var failed = cell.NewlyWrong.Count > cap;
            return new GateCheck(cell.Label, title, failed ? GateOutcome.Fail : GateOutcome.Pass,
                $"{cell.NewlyWrong.Count} newly failed (cap {cap}) on a deterministic cell (a plain count){Ids("; newly wrong: ", cell.NewlyWrong)}",
                NewlyWrong: cell.NewlyWrong, NewlyRight: cell.NewlyRight, Test: "count");
        });
    }

    internal static string AdjustedText(MultipleTestCorrection correction, double adjusted, int familySize) => correction switch
    {
        MultipleTestCorrection.None => $"uncorrected over {familySize} checks",
        _ => $"{correction.ToString().ToLowerInvariant()}-adjusted p = {PValue(adjusted)} over {familySize} checks",
    };

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
    internal static string Ids(string label, IReadOnlyList<string> ids) =>
        ids.Count == 0 ? "" : label + string.Join(", ", ids.Take(20)) + (ids.Count > 20 ? $" (+{ids.Count - 20} more)" : "");

    internal static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>Small p-values in scientific notation, so an exact McNemar p of 1e-9 is not shown as 0.</summary>
    public static string PValue(double p) => p < 0.0001 ? p.ToString("0.0e+0", CultureInfo.InvariantCulture) : p.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Signed(double value) => value.ToString("+0.####;-0.####;0", CultureInfo.InvariantCulture);

    private static string Percent(double value) => (100 * value).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>
    /// A check before the family's correction: its raw p (null when it is not a test), and how to finish it once the
    /// adjusted p and the family's size are known.
    /// </summary>
    internal sealed class Draft(string cell, string rule, double? pValue, string? test, Func<double, GateRules, int, GateCheck> finish)
    {
        public string Cell { get; } = cell;
        public string Rule { get; } = rule;
        public double? PValue { get; } = pValue;
        public string? Test { get; } = test;
        public double AdjustedPValue { get; set; } = 1;

        public GateCheck Finish(GateRules rules, int familySize) => finish(PValue is null ? double.NaN : AdjustedPValue, rules, familySize);
    }
}
