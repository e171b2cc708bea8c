using ScottPlot;

namespace Evaluate.Reports.Charts;

/// <summary>Side-by-side bars: one group per category, one coloured bar per series, with a legend of the series.</summary>
public static class GroupedBars
{
    /// <param name="values">values[series][category]; null leaves a gap.</param>
    public static void Add(Plot plot, IReadOnlyList<string> series, IReadOnlyList<string> categories, double?[][] values)
    {
        var width = 0.8 / Math.Max(1, series.Count);
        var bars = new List<Bar>();
        for (var s = 0; s < series.Count; s++)
        {
            for (var c = 0; c < categories.Count; c++)
                if (values[s][c] is { } v)
                    bars.Add(new Bar { Position = c - 0.4 + width * (s + 0.5), Value = v, Size = width * 0.9, FillColor = ChartStyle.ColorOf(s), LineWidth = 0 });
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = ChartStyle.Cap(series[s], 80), FillColor = ChartStyle.ColorOf(s) });
        }
        plot.Add.Bars(bars);
        ChartStyle.CategoryAxis(plot, categories);
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Edge.Bottom);
    }
}
