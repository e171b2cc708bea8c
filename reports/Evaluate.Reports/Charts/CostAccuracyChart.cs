using Evaluate.Core.Metrics;
using Evaluate.Core.Metrics.BuiltIn;

namespace Evaluate.Reports.Charts;

/// <summary>
/// Accuracy against US dollars per problem (by the run's price table), one panel per suite, one point per cell: the
/// run by colour, the strategy by marker shape, as <see cref="AccuracyTokensChart"/> draws tokens. A point up and to
/// the left is better. Drawn only when some cell has a cost: without a price table there is nothing to plot.
/// </summary>
public sealed class CostAccuracyChart : IReportChart
{
    public ChartImage? Render(ReportData data) => AccuracyScatter.Render(data,
        cell => MetricValue.Number(cell.Metrics, CostMetric.CostPerProblem.Name), "US dollars per problem (price table)",
        "accuracy-vs-cost", "accuracy against US dollars per problem by the price table, one panel per suite");
}
