namespace Evaluate.Reports.Charts;

/// <summary>Mean completion tokens per sample by difficulty level: overthinking shows as many tokens on easy levels.</summary>
public sealed class LevelTokensChart : IReportChart
{
    public ChartImage? Render(ReportData data) =>
        LevelBars.Render(data, "mean_completion_tokens", "tokens-by-level", "completion tokens by level", "mean completion tokens per sample");
}
