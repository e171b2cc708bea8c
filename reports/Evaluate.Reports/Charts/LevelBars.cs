using Evaluate.Core.Metrics;

namespace Evaluate.Reports.Charts;

/// <summary>A per-level metric as grouped bars (levels sorted naturally: "Level 2" before "Level 10").</summary>
public static class LevelBars
{
    public static ChartImage? Render(ReportData data, string metric, string name, string title, string yLabel)
    {
        var cells = data.Cells().Where(c => c.Cell.PerLevel.Count > 0).ToList();
        if (cells.Count == 0) return null;
        var levels = cells.SelectMany(c => c.Cell.PerLevel.Keys).Distinct().OrderBy(l => l.Length).ThenBy(l => l, StringComparer.Ordinal).ToList();
        var values = cells.Select(c => levels.Select(l => c.Cell.PerLevel.TryGetValue(l, out var slice) ? MetricValue.Number(slice, metric) : null).ToArray()).ToArray();
        var plot = ChartStyle.NewPlot(title, "level", yLabel);
        GroupedBars.Add(plot, cells.Select(c => c.Label).ToList(), levels, values);
        return ChartStyle.Render(name, title, plot, height: 560);
    }
}
