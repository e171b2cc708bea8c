using Evaluate.Core.Metrics;

namespace Evaluate.Reports.Charts;

/// <summary>Accuracy by difficulty level, a bar per cell in each level (from summary.json's per_level).</summary>
public sealed class LevelAccuracyChart : IReportChart
{
    public ChartImage? Render(ReportData data) => LevelBars.Render(data, "accuracy", "accuracy-by-level", "accuracy by level", "accuracy");
}
