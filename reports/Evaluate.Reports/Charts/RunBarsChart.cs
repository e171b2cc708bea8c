using Evaluate.Core.Metrics;

namespace Evaluate.Reports.Charts;

/// <summary>
/// Accuracy of the runs side by side, one panel per suite: the suite's strategies on the x axis, one bar per run in the
/// run's colour, so the same cell of different runs stands next to each other. Shown for two or more runs (or a run of
/// several models, whose models are then part of each category).
/// </summary>
public sealed class RunBarsChart : IReportChart
{
    public ChartImage? Render(ReportData data)
    {
        if (data.Runs.Count < 2 && CellPairs.ModelIndependent(data.Runs)) return null;
        var legend = SmallMultiples.RunLegend(data);
        var colors = data.Runs.Select((_, i) => RunColors.Of(i)).ToList();
        var panels = new List<(string, ScottPlot.Plot)>();
        foreach (var suite in data.Paired().GroupBy(c => c.Key.Suite))
        {
            var cells = suite.ToList();
            var values = colors.Select((_, r) => cells.Select(c => c.ByRun[r] is { } cell ? MetricValue.Number(cell.Metrics, "accuracy") : null).ToArray()).ToArray();
            var plot = SmallMultiples.NewPanel(suite.Key, "strategy", "accuracy", legend);
            GroupedBars.Add(plot, colors, [.. cells.Select(c => c.StrategyCategory)], values);
            plot.Axes.SetLimitsY(0, 1.05);
            panels.Add((suite.Key, plot));
        }
        return panels.Count == 0 ? null
            : SmallMultiples.Render("runs-side-by-side", "accuracy of each run side by side, one panel per suite", panels, legend);
    }
}
