using System.Globalization;
using Evaluate.Core.Metrics;
using Evaluate.Reports.Charts;

namespace Evaluate.Reports.Html;

/// <summary>
/// The headline figures per model × suite × strategy, formatted once for both the HTML and the Markdown report:
/// accuracy with its 95% interval, pass@k and maj@k at the largest k, rm@k / wmaj@k where present, mean completion
/// tokens and calls per problem, errors.
/// </summary>
public static class HeadlineTable
{
    public static readonly string[] Columns =
        ["run", "model", "suite", "strategy", "problems", "accuracy (95% CI)", "pass@k", "maj@k", "rm@k / wmaj@k", "completion tokens / problem", "calls / problem", "errors"];

    public static IReadOnlyList<HeadlineRow> Rows(ReportData data) => data.Runs.SelectMany(run => run.Summary.Results.Select(cell => new HeadlineRow(
        run.Name, cell.ModelLabel, cell.Suite, cell.Strategy, cell.Simulated,
        Whole(MetricValue.Number(cell.Metrics, "problems")),
        Accuracy(cell),
        AtMaxK(cell, "pass"), AtMaxK(cell, "maj"),
        string.Join(" / ", new[] { AtMaxK(cell, "rm"), AtMaxK(cell, "wmaj") }.Where(s => s != "—")) is { Length: > 0 } r ? r : "—",
        Number(MetricValue.Number(cell.Metrics, "mean_completion_tokens_per_problem"), "0.#"),
        Number(MetricValue.Number(cell.Metrics, "mean_model_calls_per_problem"), "0.##"),
        Whole(MetricValue.Number(cell.Metrics, "errors"))))).ToList();

    private static string Accuracy(CellSummary cell)
    {
        if (MetricValue.Number(cell.Metrics, "accuracy") is not { } accuracy) return "—";
        var ci = MetricValue.Interval(cell.Metrics, "accuracy_ci95");
        return ci is { } i ? $"{Percent(accuracy)} [{Percent(i.Low)}, {Percent(i.High)}]" : Percent(accuracy);
    }

    /// <summary>"pass@8 71.0%" at the largest k with a value, or "—".</summary>
    public static string AtMaxK(CellSummary cell, string family)
    {
        var best = cell.Metrics.Keys
            .Where(n => n.StartsWith(family + "@", StringComparison.Ordinal) && !n.EndsWith("_expected", StringComparison.Ordinal))
            .Select(n => (Name: n, K: MetricCatalog.KOf(n), Value: MetricValue.Number(cell.Metrics, n)))
            .Where(x => x.K is not null && x.Value is not null).OrderByDescending(x => x.K).FirstOrDefault();
        return best.Name is null ? "—" : $"{best.Name} {Percent(best.Value!.Value)}";
    }

    public static string Percent(double value) => (100 * value).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Number(double? value, string format) => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "—";

    private static string Whole(double? value) => value is { } v ? v.ToString("0", CultureInfo.InvariantCulture) : "—";
}
