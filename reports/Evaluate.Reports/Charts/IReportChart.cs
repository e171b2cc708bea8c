namespace Evaluate.Reports.Charts;

/// <summary>One chart type of the report. Returns null when the runs have nothing to show in it (e.g. no levels).</summary>
public interface IReportChart
{
    ChartImage? Render(ReportData data);
}
