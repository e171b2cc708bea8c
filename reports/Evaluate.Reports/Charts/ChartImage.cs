namespace Evaluate.Reports.Charts;

/// <summary>
/// A rendered chart: its file stem (charts/NAME.svg and .png), a title for the page, both renderings, and for small
/// multiples the legend every panel shows and the panels' titles (empty for a single-panel chart that keeps its own legend).
/// </summary>
public sealed record ChartImage(string Name, string Title, string Svg, byte[] Png, IReadOnlyList<LegendEntry>? Legend = null, IReadOnlyList<string>? Panels = null)
{
    public IReadOnlyList<LegendEntry> LegendEntries => Legend ?? [];

    public IReadOnlyList<string> PanelTitles => Panels ?? [];
}
