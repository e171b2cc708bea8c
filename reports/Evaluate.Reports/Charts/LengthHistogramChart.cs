using ScottPlot;

namespace Evaluate.Reports.Charts;

/// <summary>
/// Response lengths: a histogram of completion tokens per sample, one panel per cell, every run's samples over the same
/// bins in its colour; a second panel per cell for reasoning tokens when any run reports some. The summary gives median,
/// p90 and max; the shape shows what they hide: a second mode of responses that ran to the token limit, or a long tail.
/// </summary>
public sealed class LengthHistogramChart : IReportChart
{
    public const int Bins = 20;

    public ChartImage? Render(ReportData data)
    {
        var lengths = data.Runs.Select(SampleLengths.Read).ToList();
        var legend = SmallMultiples.RunLegend(data);
        var panels = new List<(string, Plot)>();
        foreach (var cell in data.Paired())
        {
            var measures = new[]
            {
                ("completion tokens", cell.ByRun.Select((c, r) => c is null ? [] : lengths[r].Completion(c)).ToList()),
                ("reasoning tokens", cell.ByRun.Select((c, r) => c is null ? [] : lengths[r].Reasoning(c)).ToList()),
            };
            foreach (var (measure, byRun) in measures)
            {
                // No reasoning tokens reported (a model without a reasoning field): nothing to draw.
                if (byRun.All(v => v.All(t => t == 0))) continue;
                var title = $"{cell.Label} · {measure}";
                var plot = SmallMultiples.NewPanel(title, $"{measure} per sample", "samples", legend);
                var edges = Edges(byRun.SelectMany(v => v).Max(), Bins);
                for (var r = 0; r < byRun.Count; r++)
                    if (byRun[r].Count > 0) Draw(plot, edges, Count(byRun[r], edges), RunColors.Of(r));
                panels.Add((title, plot));
            }
        }
        return panels.Count == 0 ? null
            : SmallMultiples.Render("length-histogram", "response length: tokens per sample, one panel per cell (reasoning tokens when reported)", panels, legend);
    }

    /// <summary>bins + 1 equal-width bin edges from 0 to just past the longest sample (a whole number of tokens per bin).</summary>
    public static double[] Edges(int longest, int bins)
    {
        var width = Math.Max(1, (int)Math.Ceiling((longest + 1) / (double)bins));
        return [.. Enumerable.Range(0, bins + 1).Select(i => (double)(i * width))];
    }

    /// <summary>Samples per bin: [edges[i], edges[i + 1]); every sample falls in one bin.</summary>
    public static int[] Count(IReadOnlyList<int> tokens, IReadOnlyList<double> edges)
    {
        var counts = new int[edges.Count - 1];
        var width = edges[1] - edges[0];
        foreach (var t in tokens) counts[Math.Min(counts.Length - 1, (int)(t / width))]++;
        return counts;
    }

    // Bars half transparent so several runs show through one another, with a step outline in the run's full colour.
    private static void Draw(Plot plot, double[] edges, int[] counts, Color color)
    {
        var width = edges[1] - edges[0];
        plot.Add.Bars(counts.Select((c, i) => new Bar
        {
            Position = edges[i] + width / 2, Value = c, Size = width, FillColor = color.WithAlpha(0.35), LineWidth = 0,
        }).ToList());
        var xs = new List<double>();
        var ys = new List<double>();
        for (var i = 0; i < counts.Length; i++)
        {
            xs.Add(edges[i]);
            ys.Add(counts[i]);
            xs.Add(edges[i + 1]);
            ys.Add(counts[i]);
        }
        var outline = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray(), color);
        outline.LineWidth = 1.5f;
    }
}
