using System.Globalization;
using System.Text;
using Evaluate.Core;
using Evaluate.Core.Metrics;
using Evaluate.Core.Metrics.Table;
using Evaluate.Reports.Comparison;
using Evaluate.Reports.Statistics;

namespace Evaluate.Reports.Gate;

/// <summary>
/// `evaluate power`: sizes a suite before the run that will be gated. For each cell of a baseline run it plans the
/// metric's paired test as the gate would (<see cref="MetricPower"/>) at α / tests (the worst step of Holm or
/// Bonferroni over that many checks) and the power asked, and says how many problems (at the cell's samples per
/// problem) and how many samples per problem (at its problems) a drop of the given size needs.
/// </summary>
public static class PowerSizing
{
    public static IReadOnlyList<CellPower> Plan(RunEvidence run, string metric, double drop, bool relative, bool log, double alpha, double power, int tests, MetricCatalog catalog)
    {
        if (drop <= 0) throw new UsageException($"--drop: {drop.ToString(CultureInfo.InvariantCulture)} must be above 0 (the worsening to detect)");
        if (alpha is <= 0 or >= 1) throw new UsageException("--alpha: must lie strictly between 0 and 1");
        if (power is <= 0 or >= 1) throw new UsageException("--power: must lie strictly between 0 and 1");
        if (tests < 1) throw new UsageException("--tests: must be at least 1");
        // An alias is sized as its metric (cons@max as maj@max).
        metric = catalog.Canonical(metric);
        var family = MetricRule.MaxFamily(metric) is { } name ? catalog.Declarations.FirstOrDefault(d => d.Family == name) : null;
        var concrete = family?.NameAt(1) ?? metric;
        if (catalog.Find(concrete) is not { } descriptor || PairedMetrics.Find(concrete, catalog) is null || descriptor.Direction == MetricDirection.Neutral)
            throw new UsageException($"--metric: '{metric}' is not a gateable metric (one with a direction and a per-problem form, e.g. accuracy, pass@max, pass^max, maj@max, mean_completion_tokens_per_problem)");
        var level = alpha / tests;
        var rows = new List<CellPower>();
        foreach (var cell in run.Cells)
        {
            var summary = run.Summary.Results.FirstOrDefault(r => r.Model == cell.Key.Model && r.Suite == cell.Key.Suite && r.Strategy == cell.Key.Strategy);
            var resolved = family is null ? metric : summary is not null && HeadlineK.Of(summary.Metrics, family, catalog) is { } k ? family.NameAt(k) : null;
            var problems = cell.Problems.Values.OrderBy(p => p.ProblemIndex).ThenBy(p => p.ProblemId, StringComparer.Ordinal).ToList();
            var samples = problems.Count == 0 ? 0 : problems.Max(p => p.Samples.Count);
            var paired = resolved is null ? null : PairedMetrics.Find(resolved, catalog);
            var values = paired is null ? null : problems.Select(p => paired.PerProblem(p)).ToList();
            if (resolved is null || values is null || values.Count == 0 || values.Any(v => v is null))
            {
                rows.Add(new CellPower(cell.Key.ToString(), null, problems.Count, samples, null, drop, null));
                continue;
            }
            var baseline = values.Select(v => v!.Value).ToArray();
            var mean = baseline.Average();
            var tolerance = log
                ? Math.Log(1 + (relative ? drop : drop / Math.Max(1e-12, Math.Abs(mean))))
                : relative ? drop * Math.Abs(mean) : drop;
            var scaled = log ? baseline.Select(PairedTest.Log).ToArray() : baseline;
            var estimate = MetricPower.Plan(paired!.Descriptor, scaled, [.. problems.Select(p => p.CorrectCount)], [.. problems.Select(p => p.Samples.Count)],
                CellDeterminism.Of(cell), tolerance, level, power, log);
            rows.Add(new CellPower(cell.Key.ToString(), resolved, problems.Count, samples, mean, tolerance, estimate));
        }
        return rows;
    }

    /// <param name="log">The rows were planned on log(1 + x): MDEs are shown as the relative change e^MDE − 1.</param>
    public static string Write(IReadOnlyList<CellPower> rows, string metric, double drop, double alpha, double power, int tests, bool log = false)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"Power to detect a worsening of {N(drop)} in {metric} at α {N(alpha)}{(tests > 1 ? $" / {tests} tests = {N(alpha / tests)}" : "")} and power {N(power)}"
            + (log ? " (log scale: MDE as a relative change)" : "") + ":");
        var table = new List<string[]> { new[] { "cell", "metric", "problems", "n", "baseline", "MDE now", "powered", "problems needed", "n needed", "basis" } };
        foreach (var r in rows)
            table.Add(r.Estimate is not { } e
                ? [r.Cell, "undefined", r.Problems.ToString(CultureInfo.InvariantCulture), r.SamplesPerProblem.ToString(CultureInfo.InvariantCulture), "", "", "", "", "", ""]
                :
                [
                    r.Cell, r.Metric!, r.Problems.ToString(CultureInfo.InvariantCulture), r.SamplesPerProblem.ToString(CultureInfo.InvariantCulture), N(r.Baseline!.Value),
                    log ? (100 * (Math.Exp(e.Mde) - 1)).ToString("0.#", CultureInfo.InvariantCulture) + "%" : N(e.Mde), e.Detects(r.Tolerance) ? "yes" : "no", e.ProblemsNeeded?.ToString(CultureInfo.InvariantCulture) ?? "n/a",
                    e.SamplesNeeded?.ToString(CultureInfo.InvariantCulture) ?? "n/a", e.Basis,
                ]);
        var widths = Enumerable.Range(0, table[0].Length).Select(i => table.Max(r => r[i].Length)).ToArray();
        foreach (var row in table) sb.AppendLine("  " + string.Join("  ", row.Select((v, i) => v.PadRight(widths[i]))).TrimEnd());
        sb.AppendLine("problems needed: at the cell's samples per problem; n needed: samples per problem at the cell's problems (n/a: more samples cannot help).");
        return sb.ToString();
    }

    private static string N(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
