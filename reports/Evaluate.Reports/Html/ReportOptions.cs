namespace Evaluate.Reports.Html;

/// <summary>What `report` was asked for.</summary>
/// <param name="Out">Directory for report.html, report.md and charts/.</param>
/// <param name="Baseline">A run to compare every run with (flips in the sample browser, the comparison section).</param>
/// <param name="History">A history database whose runs are drawn as trend lines.</param>
/// <param name="Catalog">The registered metrics (default: the built-in ones): the headline's columns and the comparison's metrics.</param>
public sealed record ReportOptions(
    IReadOnlyList<string> Runs,
    string Out,
    string? Title = null,
    string? Baseline = null,
    string? History = null,
    long BudgetBytes = SampleBrowserData.DefaultBudgetBytes,
    Core.Metrics.MetricCatalog? Catalog = null);
