using Evaluate.Core.Metrics;

namespace Evaluate.Reports.Charts;

/// <summary>A per-level metric as small multiples: one panel per cell that has levels, the levels on the x axis, one bar per run.</summary>
public static class LevelBars
{
    public static ChartImage? Render(ReportData data, string metric, string name, string title, string yLabel)
    {
        var cells = data.Paired().Where(c => c.ByRun.Any(r => r?.PerLevel.Count > 0)).ToList();
        if (cells.Count == 0) return null;
        var legend = SmallMultiples.RunLegend(data);
        var colors = data.Runs.Select((_, i) => RunColors.Of(i)).ToList();
        var panels = new List<(string, ScottPlot.Plot)>();
        foreach (var cell in cells)
        {
            var levels = cell.ByRun.Where(r => r is not null).SelectMany(r => r!.PerLevel.Keys).Distinct()
                .OrderBy(l => l.Length).ThenBy(l => l, StringComparer.Ordinal).ToList();
            var values = colors.Select((_, r) => levels.Select(l => cell.ByRun[r] is { } run && run.PerLevel.TryGetValue(l, out var slice)
                ? MetricValue.Number(slice, metric) : null).ToArray()).ToArray();
            var plot = SmallMultiples.NewPanel(cell.Label, "level", yLabel, legend);
            GroupedBars.Add(plot, colors, levels, values);
            panels.Add((cell.Label, plot));
        }
        return SmallMultiples.Render(name, title + ", one panel per cell", panels, legend);
    }
}
