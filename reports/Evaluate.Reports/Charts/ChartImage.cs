namespace Evaluate.Reports.Charts;

/// <summary>A rendered chart: its file stem (charts/NAME.svg and .png), a title for the page, and both renderings.</summary>
public sealed record ChartImage(string Name, string Title, string Svg, byte[] Png);
