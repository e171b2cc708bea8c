using Evaluate.Core.Metrics;
using Evaluate.Core.Metrics.Table;
using Evaluate.Reports.Charts;

namespace Evaluate.Reports.Html;

/// <summary>
/// The headline table of the HTML and Markdown reports: the run and cell, then the one table model's headline columns
/// (<see cref="ResultTable"/>, the same the terminal and summary.md show).
/// </summary>
public static class HeadlineTable
{
    public static readonly string[] Identity = ["run", "model", "suite", "strategy"];

    public static ResultTable Table(ReportData data) =>
        ResultTable.For(data.Metrics, MetricReaders.Headline, data.Runs.SelectMany(r => r.Summary.Results.Select(c => c.Metrics)));

    public static IReadOnlyList<string> Columns(ReportData data) => [.. Identity, .. Table(data).Headers];

    public static IReadOnlyList<HeadlineRow> Rows(ReportData data)
    {
        var table = Table(data);
        return [.. data.Runs.SelectMany(run => run.Summary.Results.Select(cell =>
            new HeadlineRow(run.Name, cell.ModelLabel, cell.Suite, cell.Strategy, cell.Simulated, table.Row(cell.Metrics), cell.PossiblyContaminated == true)))];
    }
}
