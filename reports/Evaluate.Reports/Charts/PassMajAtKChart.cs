using Evaluate.Core.Metrics;
using ScottPlot;

namespace Evaluate.Reports.Charts;

/// <summary>
/// pass@k (circles, thick line) and maj@k (squares, thin line) against k on a log₂ axis, one panel per cell that has
/// two or more k, one colour per run: the gap between the curves is what a verifier or better voting could still gain
/// (the Meta-CoT picture).
/// </summary>
public sealed class PassMajAtKChart : IReportChart
{
    public ChartImage? Render(ReportData data)
    {
        var cells = data.Paired().Where(c => c.ByRun.Any(r => r is not null && Series(r, Core.Metrics.BuiltIn.PassAtKMetric.PassAtK, data.Metrics).Count >= 2)).ToList();
        // One k is a point, not a curve: the headline table shows it.
        if (cells.Count == 0) return null;
        var legend = new List<LegendEntry>();
        var markers = new List<MarkerShape?>();
        for (var r = 0; r < data.Runs.Count; r++)
            foreach (var (family, shape) in new[] { ("pass@k", MarkerShape.FilledCircle), ("maj@k", MarkerShape.FilledSquare) })
            {
                legend.Add(new LegendEntry($"{data.Runs[r].Name} {family}", RunColors.Hex(r), data.Runs[r].Name));
                markers.Add(shape);
            }
        var panels = new List<(string, Plot)>();
        foreach (var cell in cells)
        {
            var plot = SmallMultiples.NewPanel(cell.Label, "k (log₂ scale)", "share of problems", legend, markers);
            var ks = new SortedSet<int>();
            for (var r = 0; r < data.Runs.Count; r++)
            {
                if (cell.ByRun[r] is not { } summary) continue;
                var pass = Series(summary, Core.Metrics.BuiltIn.PassAtKMetric.PassAtK, data.Metrics);
                if (pass.Count < 2) continue;
                Add(plot, pass, RunColors.Of(r), MarkerShape.FilledCircle, 2.5f);
                var maj = Series(summary, Core.Metrics.BuiltIn.MajorityAtKMetric.MajAtK, data.Metrics);
                if (maj.Count >= 2) Add(plot, maj, RunColors.Of(r), MarkerShape.FilledSquare, 1f);
                ks.UnionWith(pass.Keys);
            }
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
                ks.Select(k => Math.Log2(k)).ToArray(), ks.Select(k => k.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
            plot.Axes.SetLimitsY(0, 1.05);
            panels.Add((cell.Label, plot));
        }
        return SmallMultiples.Render("pass-maj-at-k", "pass@k and maj@k against k, one panel per cell", panels, legend);
    }

    private static SortedDictionary<int, double> Series(CellSummary cell, MetricDescriptor family, MetricCatalog catalog)
    {
        var series = new SortedDictionary<int, double>();
        foreach (var k in Core.Metrics.Table.HeadlineK.Defined(cell.Metrics, family, catalog))
            series[k] = MetricValue.Number(cell.Metrics, family.NameAt(k))!.Value;
        return series;
    }

    // Not a dashed line: Skia's SVG backend cannot draw path effects (it drops them and prints a warning on stdout).
    private static void Add(Plot plot, SortedDictionary<int, double> series, Color color, MarkerShape marker, float width)
    {
        var line = plot.Add.Scatter(series.Keys.Select(k => Math.Log2(k)).ToArray(), series.Values.ToArray(), color);
        line.MarkerShape = marker;
        line.MarkerSize = 8;
        line.LineWidth = width;
    }
}
