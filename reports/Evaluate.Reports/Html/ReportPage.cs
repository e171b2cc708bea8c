using Evaluate.Reports.Charts;
using Evaluate.Reports.Comparison;

namespace Evaluate.Reports.Html;

/// <summary>Everything one report shows, gathered before any writer runs (the HTML and Markdown writers read the same page).</summary>
public sealed record ReportPage(
    string Title,
    ReportData Data,
    IReadOnlyList<ChartImage> Charts,
    IReadOnlyList<(string Run, RunComparison Comparison)> Comparisons,
    string SamplesJson,
    int SamplesEmbedded,
    int SamplesTotal,
    long BudgetBytes);
