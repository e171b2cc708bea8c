using Evaluate.Core.Metrics;
using Evaluate.Core.Metrics.BuiltIn;
using ScottPlot;

namespace Evaluate.Reports.Charts;

/// <summary>
/// Accuracy against US dollars per problem (by the run's price table), one panel per suite, one point per cell: the
/// run by colour, the strategy by marker shape, as <see cref="AccuracyTokensChart"/> draws tokens. A point up and to
/// the left is better. Drawn only when some cell has a cost: without a price table there is nothing to plot.
/// </summary>
public sealed class CostAccuracyChart : IReportChart
{
    private const string StrategyColor = "#555555";

    public ChartImage? Render(ReportData data)
    {
        static (double Cost, double Accuracy)? Point(CellSummary? cell) =>
            cell is not null && MetricValue.Number(cell.Metrics, "accuracy") is { } accuracy
                             && MetricValue.Number(cell.Metrics, CostMetric.CostPerProblem.Name) is { } cost
                ? (cost, accuracy) : null;
        var cells = data.Paired().Where(c => c.ByRun.Any(r => Point(r) is not null)).ToList();
        if (cells.Count == 0) return null;
        var strategies = cells.Select(c => c.StrategyCategory).Distinct(StringComparer.Ordinal).ToList();
        var shapes = AccuracyTokensChart.Shapes;
        var shapeOf = strategies.Select((s, i) => (s, shapes[i % shapes.Length])).ToDictionary(x => x.s, x => x.Item2);
        var legend = SmallMultiples.RunLegend(data).Concat(strategies.Select(s => new LegendEntry(s, StrategyColor, null))).ToList();
        var markers = data.Runs.Select(_ => (MarkerShape?)MarkerShape.FilledCircle).Concat(strategies.Select(s => (MarkerShape?)shapeOf[s])).ToList();
        var panels = new List<(string, Plot)>();
        foreach (var suite in cells.GroupBy(c => c.Key.Suite))
        {
            var plot = SmallMultiples.NewPanel(suite.Key, "US dollars per problem (price table)", "accuracy", legend, markers);
            foreach (var cell in suite)
                for (var r = 0; r < data.Runs.Count; r++)
                    if (Point(cell.ByRun[r]) is { } p)
                        plot.Add.Marker(p.Cost, p.Accuracy, shapeOf[cell.StrategyCategory], 12, RunColors.Of(r));
            plot.Axes.SetLimitsY(0, 1.05);
            panels.Add((suite.Key, plot));
        }
        return SmallMultiples.Render("accuracy-vs-cost", "accuracy against US dollars per problem by the price table, one panel per suite", panels, legend,
            panelHeight: SmallMultiples.PanelHeight + 20 * ((legend.Count + 2) / 3));
    }
}
