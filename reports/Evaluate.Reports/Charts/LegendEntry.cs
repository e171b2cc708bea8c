namespace Evaluate.Reports.Charts;

/// <summary>
/// One entry of a chart's legend, as drawn in every panel of the image and repeated as text on the page.
/// <paramref name="Run"/> is the run the entry stands for (its colour is the run's), null for an entry that is not
/// a run (a strategy's marker shape).
/// </summary>
public sealed record LegendEntry(string Label, string Color, string? Run);
