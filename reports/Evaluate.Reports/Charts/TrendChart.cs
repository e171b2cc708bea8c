using Evaluate.Core.Metrics;
using Evaluate.Reports.History;
using ScottPlot;

namespace Evaluate.Reports.Charts;

/// <summary>
/// A metric across the runs of a history database (the nightly view): one line per model × suite × strategy, one
/// point per run that has it, and a red cross on runs a gate failed.
/// </summary>
public sealed class TrendChart(string metric = "accuracy") : IReportChart
{
    public ChartImage? Render(ReportData data)
    {
        var lines = Lines(data.History, metric);
        if (lines.Count == 0) return null;
        var plot = ChartStyle.NewPlot($"{metric} across runs", "run (history order)", metric.Replace('_', ' '));
        var index = 0;
        foreach (var (label, line) in lines)
        {
            var scatter = plot.Add.Scatter(line.X.ToArray(), line.Y.ToArray(), ChartStyle.ColorOf(index++));
            scatter.LegendText = label;
            scatter.LineWidth = 2;
            scatter.MarkerSize = 8;
        }
        var failed = lines.Values.SelectMany(l => l.X.Zip(l.Y).Where(p => data.History[(int)p.First - 1].GatePassed == false)).ToList();
        if (failed.Count > 0)
            plot.Add.Markers(failed.Select(p => p.First).ToArray(), failed.Select(p => p.Second).ToArray(), MarkerShape.Cross, 14, Colors.Red).LegendText = "gate failed";
        ChartStyle.CategoryAxis(plot, data.History.Select(h => $"#{h.Id} {h.RecordedAt[..Math.Min(10, h.RecordedAt.Length)]}").ToList());
        plot.ShowLegend(Edge.Bottom);
        return ChartStyle.Render($"trend-{metric.Replace('@', '-').Replace('_', '-')}", $"{metric} across the history's runs", plot, height: 560);
    }

    /// <summary>The chart's lines: per cell label, the runs (1-based history position) that have the metric and its values.</summary>
    public static IReadOnlyDictionary<string, (List<double> X, List<double> Y)> Lines(IReadOnlyList<HistoryEntry> history, string metric = "accuracy")
    {
        var lines = new SortedDictionary<string, (List<double> X, List<double> Y)>(StringComparer.Ordinal);
        for (var i = 0; i < history.Count; i++)
            foreach (var cell in history[i].Summary().Results)
            {
                if (MetricValue.Number(cell.Metrics, metric) is not { } value) continue;
                var key = ChartStyle.CellLabel(cell);
                if (!lines.TryGetValue(key, out var line)) lines[key] = line = ([], []);
                line.X.Add(i + 1);
                line.Y.Add(value);
            }
        return lines;
    }
}
