using Evaluate.Reports.Frontier;
using ScottPlot;

namespace Evaluate.Reports.Charts;

/// <summary>
/// The compute frontier of a budget sweep: accuracy against mean thinking tokens per problem, one panel per run ×
/// model × suite, one line per strategy through its budgets (each point labelled with its budget), and a ring on the
/// compute-optimal strategy at each budget. The x axis says which tokens it counts (reasoning, else completion). Null
/// when no run holds a sweep.
/// </summary>
public sealed class ComputeFrontierChart : IReportChart
{
    public const string Name = "compute-frontier";

    private const string OptimalColor = "#000000";

    public ChartImage? Render(ReportData data)
    {
        var frontiers = data.Runs.SelectMany(run => ComputeFrontier.Of(run.Summary).Select(panel => (Run: run.Name, Panel: panel))).ToList();
        if (frontiers.Count == 0) return null;
        var strategies = frontiers.SelectMany(f => f.Panel.Strategies).Distinct(StringComparer.Ordinal).ToList();
        var legend = strategies.Select((s, i) => new LegendEntry(ChartStyle.StrategyLabel(s), Hex(ChartStyle.ColorOf(i)), null))
            .Append(new LegendEntry("compute-optimal at its budget", OptimalColor, null)).ToList();
        var markers = strategies.Select(_ => (MarkerShape?)MarkerShape.FilledCircle).Append(MarkerShape.OpenCircle).ToList();
        var panels = new List<(string, Plot)>();
        foreach (var (run, panel) in frontiers)
        {
            var title = ChartStyle.Cap((data.Runs.Count > 1 ? run + ": " : "") + $"{panel.Suite} · {ChartStyle.ShortModel(panel.ModelLabel)}", 60);
            // The axis says which tokens it counts (a panel's width holds no more; the table's column says why).
            var plot = SmallMultiples.NewPanel(title, panel.Measure == ThinkingMeasure.Reasoning ? "mean reasoning tokens / problem" : "mean completion tokens / problem",
                "accuracy", legend, markers);
            foreach (var line in panel.Points.GroupBy(p => p.Strategy, StringComparer.Ordinal))
            {
                var points = line.OrderBy(p => p.Budget).ToList();
                var scatter = plot.Add.Scatter(points.Select(p => p.ThinkingTokens).ToArray(), points.Select(p => p.Accuracy).ToArray(), ChartStyle.ColorOf(strategies.IndexOf(line.Key)));
                scatter.LineWidth = 2;
                scatter.MarkerSize = 7;
                foreach (var p in points)
                {
                    var label = plot.Add.Text(p.Budget.ToString(System.Globalization.CultureInfo.InvariantCulture), p.ThinkingTokens, p.Accuracy);
                    label.LabelFontSize = 9;
                    label.LabelFontColor = Colors.DimGray;
                    label.LabelAlignment = Alignment.LowerLeft;
                }
            }
            var optimal = panel.Points.Where(p => p.Optimal).ToList();
            plot.Add.Markers(optimal.Select(p => p.ThinkingTokens).ToArray(), optimal.Select(p => p.Accuracy).ToArray(), MarkerShape.OpenCircle, 16, Color.FromHex(OptimalColor));
            plot.Axes.SetLimitsY(0, 1.05);
            panels.Add((title, plot));
        }
        return SmallMultiples.Render(Name, "compute frontier: accuracy against mean thinking tokens per problem (reasoning tokens where the model reports them, else completion tokens), one line per strategy through its budgets (ring: compute-optimal at that budget)",
            panels, legend, panelHeight: SmallMultiples.PanelHeight + 20 * ((legend.Count + 2) / 3));
    }

    private static string Hex(Color c) => $"#{c.R:x2}{c.G:x2}{c.B:x2}";
}
