using Evaluate.Core.Metrics;
using Evaluate.Reports.History;
using ScottPlot;

namespace Evaluate.Reports.Charts;

/// <summary>
/// A metric across the runs of a history database (the nightly view): one line per model × suite × strategy, one
/// point per run that has it, a red cross on runs a gate failed, and on each drop from the previous run a mark that
/// says whether the gate's paired test calls it significant or noise (<see cref="TrendDrops"/>). Points sit at the
/// history position (0-based) that their run's axis label names.
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
        var failed = lines.Values.SelectMany(l => l.X.Zip(l.Y).Where(p => data.History[(int)p.First].GatePassed == false)).ToList();
        if (failed.Count > 0)
            plot.Add.Markers(failed.Select(p => p.First).ToArray(), failed.Select(p => p.Second).ToArray(), MarkerShape.Cross, 14, Colors.Red).LegendText = "gate failed";
        var drops = Drops(data.History, metric);
        AddDrops(plot, drops.Where(d => d.Significant).ToList(), MarkerShape.FilledTriangleDown, Colors.DarkRed, "drop: significant (gate's test, p < α)");
        AddDrops(plot, drops.Where(d => !d.Significant).ToList(), MarkerShape.OpenCircle, Colors.Gray, "drop: noise (p ≥ α)");
        var ticks = Ticks(data.History);
        ChartStyle.CategoryAxis(plot, ticks.Select(t => t.Label).ToList());
        plot.ShowLegend(Edge.Bottom);
        return ChartStyle.Render($"trend-{metric.Replace('@', '-').Replace('_', '-')}", $"{metric} across the history's runs", plot, height: 560);
    }

    /// <summary>The chart's lines: per cell label, the runs (0-based history position, where <see cref="Ticks"/> puts their labels) that have the metric and its values.</summary>
    public static IReadOnlyDictionary<string, (List<double> X, List<double> Y)> Lines(IReadOnlyList<HistoryEntry> history, string metric = "accuracy")
    {
        var lines = new SortedDictionary<string, (List<double> X, List<double> Y)>(StringComparer.Ordinal);
        for (var i = 0; i < history.Count; i++)
            foreach (var cell in history[i].Summary().Results)
            {
                if (MetricValue.Number(cell.Metrics, metric) is not { } value) continue;
                var key = ChartStyle.CellLabel(cell);
                if (!lines.TryGetValue(key, out var line)) lines[key] = line = ([], []);
                line.X.Add(i);
                line.Y.Add(value);
            }
        return lines;
    }

    /// <summary>
    /// The x axis: each run's label at its position, the same positions <see cref="Lines"/> gives its points
    /// (<see cref="ChartStyle.CategoryAxis"/> places label i at x = i).
    /// </summary>
    public static IReadOnlyList<(double Position, string Label)> Ticks(IReadOnlyList<HistoryEntry> history) =>
        history.Select((h, i) => ((double)i, $"#{h.Id} {h.RecordedAt[..Math.Min(10, h.RecordedAt.Length)]}")).ToList();

    /// <summary>The drops of <paramref name="metric"/> on the chart: where (x, y and line) and whether the gate's test calls them significant.</summary>
    public static IReadOnlyList<(double X, double Y, string Line, bool Significant, double PValue)> Drops(IReadOnlyList<HistoryEntry> history, string metric = "accuracy")
    {
        var marks = new List<(double, double, string, bool, double)>();
        for (var i = 0; i < history.Count; i++)
        {
            var cells = history[i].Summary().Results;
            foreach (var drop in history[i].Drops.Where(d => d.Metric == metric))
                if (cells.FirstOrDefault(c => c.Model == drop.Model && c.Suite == drop.Suite && c.Strategy == drop.Strategy) is { } cell
                    && MetricValue.Number(cell.Metrics, metric) is { } value)
                    marks.Add((i, value, ChartStyle.CellLabel(cell), drop.Significant, drop.PValue));
        }
        return marks;
    }

    private static void AddDrops(Plot plot, List<(double X, double Y, string Line, bool Significant, double PValue)> drops, MarkerShape shape, Color color, string legend)
    {
        if (drops.Count == 0) return;
        plot.Add.Markers(drops.Select(d => d.X).ToArray(), drops.Select(d => d.Y).ToArray(), shape, 13, color).LegendText = legend;
    }
}
