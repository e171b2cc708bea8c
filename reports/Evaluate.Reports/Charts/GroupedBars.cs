using ScottPlot;

namespace Evaluate.Reports.Charts;

/// <summary>Side-by-side bars: one group per category, one coloured bar per series (the panel's legend names the series).</summary>
public static class GroupedBars
{
    /// <param name="colors">One colour per series.</param>
    /// <param name="values">values[series][category]; null leaves a gap.</param>
    /// <param name="lineLength">Characters per line of a wrapped category label (narrower for many categories).</param>
    public static void Add(Plot plot, IReadOnlyList<Color> colors, IReadOnlyList<string> categories, double?[][] values, int lineLength = 14)
    {
        var width = 0.8 / Math.Max(1, colors.Count);
        var bars = new List<Bar>();
        for (var s = 0; s < colors.Count; s++)
            for (var c = 0; c < categories.Count; c++)
                if (values[s][c] is { } v)
                    bars.Add(new Bar { Position = c - 0.4 + width * (s + 0.5), Value = v, Size = width * 0.9, FillColor = colors[s], LineWidth = 0 });
        plot.Add.Bars(bars);
        ChartStyle.WrappedCategoryAxis(plot, categories, lineLength);
        plot.Axes.Margins(bottom: 0);
    }
}
