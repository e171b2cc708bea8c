using Evaluate.Reports.Charts;
using Evaluate.Reports.Comparison;

namespace Evaluate.Reports.Html;

/// <summary>Everything one report shows, gathered before any writer runs (the HTML and Markdown writers read the same page).</summary>
/// <param name="Headline">The headline, paired by cell across runs, with deltas against <paramref name="Reference"/>.</param>
/// <param name="Reference">The run the headline's deltas are taken against (the --baseline run when it is shown, else the first).</param>
/// <param name="Mismatches">How the reference and another run differ in the making (datasets, suite versions), per run.</param>
public sealed record ReportPage(
    string Title,
    ReportData Data,
    IReadOnlyList<ChartImage> Charts,
    IReadOnlyList<(string Run, RunComparison Comparison)> Comparisons,
    string SamplesJson,
    int SamplesEmbedded,
    int SamplesTotal,
    long BudgetBytes,
    IReadOnlyList<PairedHeadlineRow> Headline,
    int Reference,
    IReadOnlyList<string> Mismatches);
