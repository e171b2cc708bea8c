using Evaluate.Core.Metrics;
using ScottPlot;

namespace Evaluate.Reports.Charts;

/// <summary>
/// Accuracy against a cost of a cell (tokens, dollars), one panel per suite, one point per cell: the run by colour, the
/// strategy by marker shape. The charts that plot accuracy against what it cost differ only in the cost they read.
/// </summary>
internal static class AccuracyScatter
{
    private static readonly MarkerShape[] Shapes =
    [
        MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond,
        MarkerShape.FilledTriangleDown, MarkerShape.OpenCircle, MarkerShape.OpenSquare, MarkerShape.OpenTriangleUp,
        MarkerShape.OpenDiamond, MarkerShape.Cross, MarkerShape.Eks, MarkerShape.Asterisk,
    ];

    private const string StrategyColor = "#555555";

    /// <param name="cost">The x value of a cell (null: the cell is not drawn).</param>
    public static ChartImage? Render(ReportData data, Func<CellSummary, double?> cost, string xLabel, string name, string caption)
    {
        (double X, double Accuracy)? Point(CellSummary? cell) =>
            cell is not null && MetricValue.Number(cell.Metrics, "accuracy") is { } accuracy && cost(cell) is { } x ? (x, accuracy) : null;
        var cells = data.Paired().Where(c => c.ByRun.Any(r => Point(r) is not null)).ToList();
        if (cells.Count == 0) return null;
        var strategies = cells.Select(c => c.StrategyCategory).Distinct(StringComparer.Ordinal).ToList();
        var shapeOf = strategies.Select((s, i) => (s, Shapes[i % Shapes.Length])).ToDictionary(x => x.s, x => x.Item2);
        var legend = SmallMultiples.RunLegend(data).Concat(strategies.Select(s => new LegendEntry(s, StrategyColor, null))).ToList();
        var markers = data.Runs.Select(_ => (MarkerShape?)MarkerShape.FilledCircle).Concat(strategies.Select(s => (MarkerShape?)shapeOf[s])).ToList();
        var panels = new List<(string, Plot)>();
        foreach (var suite in cells.GroupBy(c => c.Key.Suite))
        {
            var plot = SmallMultiples.NewPanel(suite.Key, xLabel, "accuracy", legend, markers);
            foreach (var cell in suite)
                for (var r = 0; r < data.Runs.Count; r++)
                    if (Point(cell.ByRun[r]) is { } p)
                        plot.Add.Marker(p.X, p.Accuracy, shapeOf[cell.StrategyCategory], 12, RunColors.Of(r));
            plot.Axes.SetLimitsY(0, 1.05);
            panels.Add((suite.Key, plot));
        }
        // A legend of runs and strategies needs more room under each panel than a legend of runs alone.
        return SmallMultiples.Render(name, caption, panels, legend, panelHeight: SmallMultiples.PanelHeight + 20 * ((legend.Count + 2) / 3));
    }
}
