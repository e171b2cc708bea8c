using ScottPlot;

namespace Evaluate.Reports.Charts;

/// <summary>
/// One colour per run, by the run's position in the report, used by every chart, the run legend and the headline
/// table, so a run is the same colour everywhere. Twenty distinct colours (Category10, then ten darker ones); a report
/// of more runs reuses them in order.
/// </summary>
public static class RunColors
{
    private static readonly Color[] Colors =
    [
        .. new ScottPlot.Palettes.Category10().Colors,
        .. Color.FromHex(["#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d", "#31a354", "#756bb1", "#636363"]),
    ];

    public static int Distinct => Colors.Length;

    public static Color Of(int run) => Colors[run % Colors.Length];

    /// <summary>#rrggbb, for the page (inline SVG swatches and data attributes).</summary>
    public static string Hex(int run)
    {
        var c = Of(run);
        return $"#{c.R:x2}{c.G:x2}{c.B:x2}";
    }
}
