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

    /// <summary>A model's label without its parameters ("sim (simulated reasoner, skill=0.7)" → "sim").</summary>
    public static string ShortModel(string label) => label.Split(" (")[0];

    /// <summary>
    /// A strategy as an axis label: its name and parameters, shortened (temperature → T, top_p=1 left out):
    /// "sample:n=4,temperature=0.8,top_p=1" → "sample n=4 T=0.8".
    /// </summary>
    public static string StrategyLabel(string strategy)
    {
        var colon = strategy.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return strategy;
        var name = strategy[..colon];
        var parameters = strategy[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p != "top_p=1")
            .Select(p => p.StartsWith("temperature=", StringComparison.Ordinal) ? "T=" + p["temperature=".Length..] : p);
        return Cap(string.Join(' ', [name, .. parameters]), 48);
    }

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

    /// <summary>
    /// Category labels on the x axis of a panel at 0, 1, 2, …, each wrapped at spaces into lines of about
    /// <paramref name="lineLength"/> characters and never tilted: a tilted label runs out of a small panel.
    /// </summary>
    public static void WrappedCategoryAxis(Plot plot, IReadOnlyList<string> labels, int lineLength = 14)
    {
        var wrapped = labels.Select(l => Wrap(Cap(l, 48), lineLength)).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, labels.Count).Select(i => (double)i).ToArray(), wrapped);
        // Room for the tallest label and the axis title (the layout measures one line).
        plot.Axes.Bottom.MinimumSize = 36 + 15 * wrapped.Max(w => w.Count(c => c == '\n') + 1);
    }

    /// <summary>Greedy word wrap at spaces.</summary>
    public static string Wrap(string text, int lineLength)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > lineLength)
            {
                lines.Add(line);
                line = word;
            }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        lines.Add(line);
        return string.Join('\n', lines);
    }

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
