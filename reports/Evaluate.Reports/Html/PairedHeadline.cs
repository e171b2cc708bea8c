using Evaluate.Core.Metrics;
using Evaluate.Core.Metrics.Table;
using Evaluate.Reports.Charts;
using Evaluate.Reports.Comparison;

namespace Evaluate.Reports.Html;

/// <summary>
/// The headline of a report of one or more runs: rows paired by cell (<see cref="CellPairs"/>), each run's figures in
/// the one table model's columns (<see cref="HeadlineTable"/>), and, for two or more runs, every other run's delta
/// against the reference run with its interval, p and test, from the same paired comparison `compare` makes. Deltas
/// are marked significant at <see cref="Alpha"/> after Holm's correction over every delta of a pair of runs.
/// </summary>
public static class PairedHeadline
{
    public const double Alpha = 0.05;

    /// <param name="comparisons">Per run, its comparison with the reference run (null for the reference itself; all null for one run).</param>
    /// <param name="reference">The run the deltas are taken against.</param>
    public static IReadOnlyList<PairedHeadlineRow> Build(ReportData data, IReadOnlyList<RunComparison?> comparisons, int reference = 0)
    {
        var table = HeadlineTable.Table(data);
        var cells = data.Paired();
        var runs = cells.Select(c => (IReadOnlyList<HeadlineRow?>)[.. c.ByRun.Select((cell, r) => cell is null ? null
            : new HeadlineRow(data.Runs[r].Name, cell.ModelLabel, cell.Suite, cell.Strategy, cell.Simulated, table.Row(cell.Metrics), cell.PossiblyContaminated == true))]).ToList();
        var deltas = cells.Select(_ => new List<HeadlineDelta>()).ToList();
        if (comparisons.Count == data.Runs.Count)
            for (var r = 0; r < data.Runs.Count; r++)
            {
                if (comparisons[r] is not { } comparison) continue;
                var raw = new List<(int Cell, CellComparison Compared)>();
                for (var i = 0; i < cells.Count; i++)
                    if (cells[i].ByRun[reference] is not null && cells[i].ByRun[r] is not null && Find(comparison, cells[i]) is { } compared)
                        raw.Add((i, compared));
                // Holm over this pair's whole family: every delta shown for it, in every cell.
                var figures = raw.Select(x => Figures(table, data.Metrics, cells[x.Cell], reference, r, x.Compared)).ToList();
                var family = figures.SelectMany(f => f).Where(f => f is not null).Select(f => f!.PValue).ToList();
                var marks = Statistics.FamilyWiseAdjustment.HolmStepDown(family, Alpha);
                var next = 0;
                for (var j = 0; j < raw.Count; j++)
                {
                    var marked = figures[j].Select(f => f is null ? null : f with { Significant = marks[next++] }).ToList();
                    deltas[raw[j].Cell].Add(new HeadlineDelta(r, marked, raw[j].Compared.PairedProblems));
                }
            }
        return [.. cells.Select((c, i) => new PairedHeadlineRow(c, runs[i], deltas[i]))];
    }

    /// <summary>How many deltas of the pair (reference, run) are in the family Holm corrects over.</summary>
    public static int FamilySize(IReadOnlyList<PairedHeadlineRow> rows, int run) =>
        rows.SelectMany(r => r.Deltas.Where(d => d.Run == run)).Sum(d => d.Figures.Count(f => f is not null));

    private static CellComparison? Find(RunComparison comparison, PairedCell cell) =>
        comparison.Cells.FirstOrDefault(c => c.Suite == cell.Key.Suite && c.Strategy == cell.Key.Strategy && (cell.Key.Model.Length == 0 || c.CandidateModel == cell.Key.Model));

    private static List<DeltaFigure?> Figures(ResultTable table, MetricCatalog catalog, PairedCell cell, int reference, int run, CellComparison compared)
    {
        var a = cell.ByRun[reference]!.Metrics;
        var b = cell.ByRun[run]!.Metrics;
        return [.. table.Columns.Select(column =>
        {
            var metric = column.Metric;
            if (!metric.Readers.HasFlag(MetricReaders.Compare)) return null;
            var name = metric.IsAtK ? HeadlineK.Shared(a, b, metric, catalog) is { } k ? metric.NameAt(k) : null : metric.Name;
            return name is not null && compared.Metric(name) is { } m
                ? new DeltaFigure(m.Metric, metric.Kind, m.Delta, m.Low, m.High, m.PValue, m.Test, false)
                : null;
        })];
    }
}
