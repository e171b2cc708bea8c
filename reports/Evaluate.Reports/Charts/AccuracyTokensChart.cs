using Evaluate.Core.Metrics;
using ScottPlot;

namespace Evaluate.Reports.Charts;

/// <summary>
/// Accuracy against mean tokens per problem, one point per cell: test-time compute scaling, and the equal-budget
/// comparison of strategies (a point up and to the left is better).
/// </summary>
public sealed class AccuracyTokensChart : IReportChart
{
    public ChartImage? Render(ReportData data)
    {
        var plot = ChartStyle.NewPlot("accuracy against compute", "mean tokens per problem (prompt + completion + judge)", "accuracy");
        var index = 0;
        foreach (var (_, cell, label) in data.Cells())
        {
            if (MetricValue.Number(cell.Metrics, "accuracy") is not { } accuracy || MetricValue.Number(cell.Metrics, "mean_tokens_per_problem") is not { } tokens)
                continue;
            var point = plot.Add.Scatter(new[] { tokens }, new[] { accuracy }, ChartStyle.ColorOf(index++));
            point.LegendText = label;
            point.MarkerSize = 12;
            point.LineWidth = 0;
        }
        if (index == 0) return null;
        plot.Axes.SetLimitsY(0, 1.05);
        plot.ShowLegend(Edge.Bottom);
        return ChartStyle.Render("accuracy-vs-tokens", "accuracy against mean tokens per problem", plot, height: 560);
    }
}
