using Evaluate.Core.Metrics;
using ScottPlot;

namespace Evaluate.Reports.Charts;

/// <summary>Shared sizes, colours, labels and rendering, so every chart class only says what it plots.</summary>
public static class ChartStyle
{
    public const int Width = 900;
    public const int Height = 480;

    private static readonly ScottPlot.Palettes.Category10 Palette = new();

    public static Color ColorOf(int index) => Palette.GetColor(index % Palette.Colors.Length);

    /// <summary>Model, suite and strategy name (parameters left out: the headline table has them), capped for legends.</summary>
    public static string CellLabel(CellSummary cell) => Cap($"{cell.ModelLabel.Split(" (")[0]} · {cell.Suite} · {cell.Strategy}", 70);

    public static string Cap(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    public static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return plot;
    }

    public static ChartImage Render(string name, string title, Plot plot, int width = Width, int height = Height) =>
        new(name, title, plot.GetSvgXml(width, height), plot.GetImageBytes(width, height, ImageFormat.Png));

    /// <summary>Category labels on the x axis at 0, 1, 2, … (tilted when they are long).</summary>
    public static void CategoryAxis(Plot plot, IReadOnlyList<string> labels)
    {
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, labels.Count).Select(i => (double)i).ToArray(), labels.Select(l => Cap(l, 28)).ToArray());
        if (labels.Any(l => l.Length > 10))
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = 30;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        }
    }
}
