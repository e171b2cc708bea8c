using Evaluate.Core.Metrics;

namespace Evaluate.Reports.Charts;

/// <summary>
/// Accuracy against mean tokens per problem, one panel per suite, one point per cell: the run by colour, the strategy
/// by marker shape. Test-time compute scaling, and the equal-budget comparison of strategies (a point up and to the
/// left is better).
/// </summary>
public sealed class AccuracyTokensChart : IReportChart
{
    public ChartImage? Render(ReportData data) => AccuracyScatter.Render(data,
        cell => MetricValue.Number(cell.Metrics, "mean_tokens_per_problem"), "mean tokens per problem",
        "accuracy-vs-tokens", "accuracy against mean tokens per problem, one panel per suite");
}
