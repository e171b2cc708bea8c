using Evaluate.Core.Metrics;

namespace Evaluate.Reports.Charts;

/// <summary>
/// The overthinking measures (Chen et al. 2024), one panel per measure: outcome and process efficiency, the share of
/// correct responses right in their first round, and the truncation rate, all shares in [0, 1]; the cells on the x
/// axis, one bar per run.
/// </summary>
public sealed class OverthinkingChart : IReportChart
{
    private static readonly string[] Measures = ["outcome_efficiency", "process_efficiency", "first_correct_round_share", "truncation_rate"];

    public ChartImage? Render(ReportData data)
    {
        var cells = data.Paired().Where(c => c.ByRun.Any(r => r is not null && MetricValue.Number(r.Metrics, "outcome_efficiency") is not null)).ToList();
        if (cells.Count == 0) return null;
        var legend = SmallMultiples.RunLegend(data);
        var colors = data.Runs.Select((_, i) => RunColors.Of(i)).ToList();
        // Many cells: one panel per row, wide enough for their labels.
        var width = cells.Count > 6 ? 1100 : 560;
        var panels = new List<(string, ScottPlot.Plot)>();
        foreach (var measure in Measures)
        {
            var values = colors.Select((_, r) => cells.Select(c => c.ByRun[r] is { } cell ? MetricValue.Number(cell.Metrics, measure) : null).ToArray()).ToArray();
            var title = measure.Replace('_', ' ');
            var plot = SmallMultiples.NewPanel(title, "cell", "share", legend);
            GroupedBars.Add(plot, colors, [.. cells.Select(c => c.Label.Replace(" · ", " "))], values, lineLength: Math.Clamp((width - 80) / cells.Count / 7, 8, 16));
            plot.Axes.SetLimitsY(0, 1.05);
            panels.Add((title, plot));
        }
        return SmallMultiples.Render("overthinking", "overthinking measures per cell, one panel per measure", panels, legend,
            columns: cells.Count > 6 ? 1 : 2, panelWidth: width, panelHeight: SmallMultiples.PanelHeight + 40);
    }
}
