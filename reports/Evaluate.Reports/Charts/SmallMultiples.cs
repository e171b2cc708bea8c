using System.Text;
using ScottPlot;
using SkiaSharp;

namespace Evaluate.Reports.Charts;

/// <summary>
/// A chart as a grid of panels (one per suite, cell or measure) drawn into one SVG and one PNG. Every panel carries
/// the same short legend (the runs' colours, and any marker shapes), so no legend has to list runs × cells and none is
/// cut; the legend is also kept on the <see cref="ChartImage"/> for the page to repeat as text.
/// </summary>
public static class SmallMultiples
{
    public const int PanelWidth = 440;
    public const int PanelHeight = 340;

    public static Plot NewPanel(string title, string xLabel, string yLabel, IReadOnlyList<LegendEntry> legend, IReadOnlyList<MarkerShape?>? markers = null)
    {
        var plot = ChartStyle.NewPlot(title, xLabel, yLabel);
        // A long cell title (an early-stop strategy's parameters) in a smaller type rather than cut at the panel's edge.
        plot.Axes.Title.Label.FontSize = title.Length > 44 ? 11 : 14;
        for (var i = 0; i < legend.Count; i++)
        {
            var color = Color.FromHex(legend[i].Color);
            var item = new LegendItem { LabelText = ChartStyle.Cap(legend[i].Label, 40) };
            if (markers?[i] is { } shape)
            {
                item.MarkerShape = shape;
                item.MarkerSize = 9;
                item.MarkerFillColor = color;
                item.MarkerLineColor = color;
            }
            else item.FillColor = color;
            plot.Legend.ManualItems.Add(item);
        }
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.Orientation = Orientation.Horizontal;
        return plot;
    }

    /// <param name="panels">Each panel's title and plot, in reading order.</param>
    public static ChartImage Render(string name, string title, IReadOnlyList<(string Title, Plot Plot)> panels, IReadOnlyList<LegendEntry> legend,
        int columns = 3, int panelWidth = PanelWidth, int panelHeight = PanelHeight)
    {
        var across = Math.Max(1, Math.Min(columns, panels.Count));
        var down = (panels.Count + across - 1) / across;
        var (width, height) = (across * panelWidth, Math.Max(1, down) * panelHeight);
        void Draw(SKCanvas canvas)
        {
            canvas.Clear(SKColors.White);
            for (var i = 0; i < panels.Count; i++)
            {
                float left = i % across * panelWidth, top = i / across * panelHeight;
                // A plot clears its canvas before drawing: the clip keeps it to its own panel.
                canvas.Save();
                canvas.ClipRect(new SKRect(left, top, left + panelWidth, top + panelHeight));
                panels[i].Plot.Render(canvas, new PixelRect(left, left + panelWidth, top + panelHeight, top));
                canvas.Restore();
            }
        }

        string svg;
        using (var stream = new MemoryStream())
        {
            using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), stream)) Draw(canvas);
            svg = Encoding.UTF8.GetString(stream.ToArray());
        }
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        Draw(surface.Canvas);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return new ChartImage(name, title, svg, png.ToArray(), legend, [.. panels.Select(p => p.Title)]);
    }

    /// <summary>The runs' legend: each run's name in its colour.</summary>
    public static IReadOnlyList<LegendEntry> RunLegend(ReportData data, string suffix = "") =>
        [.. data.Runs.Select((r, i) => new LegendEntry(r.Name + suffix, RunColors.Hex(i), r.Name))];
}
