using Evaluate.Core.Metrics;
using ScottPlot;

namespace Evaluate.Reports.Charts;

/// <summary>
/// pass@k (circles, thick line) and maj@k (squares, thin line) against k on a log₂ axis, one colour per cell: the gap between them is what a
/// verifier or better voting could still gain (the Meta-CoT picture).
/// </summary>
public sealed class PassMajAtKChart : IReportChart
{
    public ChartImage? Render(ReportData data)
    {
        var plot = ChartStyle.NewPlot("pass@k and maj@k against k", "k (log₂ scale)", "share of problems");
        var ks = new SortedSet<int>();
        var index = 0;
        foreach (var (_, cell, label) in data.Cells())
        {
            var pass = Series(cell, Core.Metrics.BuiltIn.PassAtKMetric.PassAtK, data.Metrics);
            if (pass.Count < 2) continue; // one k is a point, not a curve: the headline table shows it
            var color = ChartStyle.ColorOf(index++);
            Add(plot, pass, color, $"pass@k {label}", MarkerShape.FilledCircle, 2.5f);
            var maj = Series(cell, Core.Metrics.BuiltIn.MajorityAtKMetric.MajAtK, data.Metrics);
            if (maj.Count >= 2) Add(plot, maj, color, $"maj@k {label}", MarkerShape.FilledSquare, 1f);
            ks.UnionWith(pass.Keys);
        }
        if (index == 0) return null;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            ks.Select(k => Math.Log2(k)).ToArray(), ks.Select(k => k.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.SetLimitsY(0, 1.05);
        plot.ShowLegend(Edge.Bottom);
        return ChartStyle.Render("pass-maj-at-k", "pass@k and maj@k against k", plot, height: 560);
    }

    private static SortedDictionary<int, double> Series(CellSummary cell, MetricDescriptor family, MetricCatalog catalog)
    {
        var series = new SortedDictionary<int, double>();
        foreach (var k in Core.Metrics.Table.HeadlineK.Defined(cell.Metrics, family, catalog))
            series[k] = MetricValue.Number(cell.Metrics, family.NameAt(k))!.Value;
        return series;
    }

    // Not a dashed line: Skia's SVG backend cannot draw path effects (it drops them and prints a warning on stdout).
    private static void Add(Plot plot, SortedDictionary<int, double> series, Color color, string label, MarkerShape marker, float width)
    {
        var line = plot.Add.Scatter(series.Keys.Select(k => Math.Log2(k)).ToArray(), series.Values.ToArray(), color);
        line.LegendText = ChartStyle.Cap(label, 80);
        line.MarkerShape = marker;
        line.MarkerSize = 8;
        line.LineWidth = width;
    }
}
