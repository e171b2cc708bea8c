using Evaluate.Core.Metrics;

namespace Evaluate.Reports.Charts;

/// <summary>
/// Side-by-side accuracy bars when several runs or models are given: one group per suite × strategy, one bar per run
/// (or model), so the same cell of different runs stands next to each other.
/// </summary>
public sealed class RunBarsChart : IReportChart
{
    public ChartImage? Render(ReportData data)
    {
        var cells = data.Cells().ToList();
        var series = cells.Select(c => SeriesOf(data, c.Run, c.Cell)).Distinct().ToList();
        if (series.Count < 2) return null;
        var categories = cells.Select(c => $"{c.Cell.Suite} · {c.Cell.Strategy.Split(':')[0]}").Distinct().ToList();
        var values = series.Select(s => categories.Select(category => cells
            .Where(c => SeriesOf(data, c.Run, c.Cell) == s && $"{c.Cell.Suite} · {c.Cell.Strategy.Split(':')[0]}" == category)
            .Select(c => MetricValue.Number(c.Cell.Metrics, "accuracy")).FirstOrDefault()).ToArray()).ToArray();
        var plot = ChartStyle.NewPlot("accuracy by run and model", "suite · strategy", "accuracy");
        GroupedBars.Add(plot, series, categories, values);
        plot.Axes.SetLimitsY(0, 1.05);
        return ChartStyle.Render("runs-side-by-side", "accuracy of each run and model side by side", plot, height: 560);
    }

    private static string SeriesOf(ReportData data, ReportRun run, CellSummary cell) =>
        data.Runs.Count > 1 ? $"{run.Name}: {cell.ModelLabel.Split(" (")[0]}" : cell.ModelLabel.Split(" (")[0];
}
