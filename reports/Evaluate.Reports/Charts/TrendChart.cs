using Evaluate.Core.Metrics;
using ScottPlot;

namespace Evaluate.Reports.Charts;

/// <summary>
/// Accuracy across the runs of a history database (the nightly view): one line per model × suite × strategy, one
/// point per run that has it, and a red cross on runs a gate failed.
/// </summary>
public sealed class TrendChart(string metric = "accuracy") : IReportChart
{
    public ChartImage? Render(ReportData data)
    {
        if (data.History.Count == 0) return null;
        var plot = ChartStyle.NewPlot($"{metric} across runs", "run (history order)", metric.Replace('_', ' '));
        var lines = new Dictionary<string, (List<double> X, List<double> Y)>(StringComparer.Ordinal);
        var failedX = new List<double>();
        var failedY = new List<double>();
        for (var i = 0; i < data.History.Count; i++)
        {
            var entry = data.History[i];
            foreach (var cell in entry.Summary().Results)
            {
                if (MetricValue.Number(cell.Metrics, metric) is not { } value) continue;
                var key = ChartStyle.CellLabel(cell);
                if (!lines.TryGetValue(key, out var line)) lines[key] = line = ([], []);
                line.X.Add(i + 1);
                line.Y.Add(value);
                if (entry.GatePassed == false) { failedX.Add(i + 1); failedY.Add(value); }
            }
        }
        if (lines.Count == 0) return null;
        var index = 0;
        foreach (var (label, (x, y)) in lines)
        {
            var scatter = plot.Add.Scatter(x.ToArray(), y.ToArray(), ChartStyle.ColorOf(index++));
            scatter.LegendText = label;
            scatter.LineWidth = 2;
            scatter.MarkerSize = 8;
        }
        if (failedX.Count > 0)
        {
            var failed = plot.Add.Markers(failedX.ToArray(), failedY.ToArray(), MarkerShape.Cross, 14, Colors.Red);
            failed.LegendText = "gate failed";
        }
        ChartStyle.CategoryAxis(plot, data.History.Select(h => $"#{h.Id} {h.RecordedAt[..Math.Min(10, h.RecordedAt.Length)]}").ToList());
        plot.ShowLegend(Edge.Bottom);
        return ChartStyle.Render($"trend-{metric.Replace('@', '-').Replace('_', '-')}", $"{metric} across the history's runs", plot, height: 560);
    }

    /// <summary>Points per line, for tests and the page's description of the chart.</summary>
    public static IReadOnlyDictionary<string, int> PointsPerLine(IReadOnlyList<History.HistoryEntry> history, string metric = "accuracy") =>
        history.SelectMany(h => h.Summary().Results.Where(c => MetricValue.Number(c.Metrics, metric) is not null).Select(ChartStyle.CellLabel))
            .GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
}
