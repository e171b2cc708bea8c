using Evaluate.Core.Metrics;

namespace Evaluate.Reports.Charts;

/// <summary>
/// The overthinking measures side by side per cell (Chen et al. 2024): outcome and process efficiency, the share of
/// correct responses right in their first round, and the truncation rate, all shares in [0, 1].
/// </summary>
public sealed class OverthinkingChart : IReportChart
{
    private static readonly string[] Measures = ["outcome_efficiency", "process_efficiency", "first_correct_round_share", "truncation_rate"];

    public ChartImage? Render(ReportData data)
    {
        var cells = data.Cells().Where(c => MetricValue.Number(c.Cell.Metrics, "outcome_efficiency") is not null).ToList();
        if (cells.Count == 0) return null;
        var values = cells.Select(c => Measures.Select(m => MetricValue.Number(c.Cell.Metrics, m)).ToArray()).ToArray();
        var plot = ChartStyle.NewPlot("overthinking measures", "measure", "share");
        GroupedBars.Add(plot, cells.Select(c => c.Label).ToList(), Measures.Select(m => m.Replace('_', ' ')).ToList(), values);
        plot.Axes.SetLimitsY(0, 1.05);
        return ChartStyle.Render("overthinking", "overthinking measures per cell", plot, height: 560);
    }
}
