using System.Globalization;
using System.Text;
using Evaluate.Core.Suites;
using Evaluate.Reports.Charts;
using Evaluate.Reports.Comparison;

namespace Evaluate.Reports.Html;

/// <summary>
/// Writes report.html: one self-contained page (charts as data: images, style and script inline and allowed by hash,
/// samples as an inert JSON block). Every run-supplied string is HTML-encoded here; the page itself holds no wall-clock
/// value, so the same runs give the same bytes.
/// </summary>
public static class HtmlReportWriter
{
    public static string Write(ReportPage page)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ReportAssets.ContentSecurityPolicy}\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append($"<title>{HtmlText.Encode(page.Title)}</title>\n<style>{ReportAssets.Style}</style>\n</head>\n<body>\n")
            .Append($"<h1>{HtmlText.Encode(page.Title)}</h1>\n")
            .Append($"<p class=\"subtitle\">{HtmlText.Encode(string.Join(", ", page.Data.Runs.Select(r => r.Name)))}"
                + (page.Data.Runs.Any(r => r.Summary.Results.Any(c => c.Simulated)) ? " · <span class=\"badge\">simulated</span> results come from the embedded simulated reasoner, not a language model" : "")
                + "</p>\n");
        RunLegend(html, page);
        Headline(html, page);
        Overthinking(html, page.Data);
        FrontierHtml.Write(html, page.Data);
        if (page.Comparisons.Count > 0) Comparisons(html, page.Comparisons);
        html.Append("<section id=\"charts\">\n<h2>Charts</h2>\n");
        foreach (var chart in page.Charts)
        {
            var legend = chart.LegendEntries;
            var alt = chart.Title + (chart.PanelTitles.Count > 0 ? $"; panels: {string.Join(", ", chart.PanelTitles)}" : "")
                + (legend.Count > 0 ? $"; legend: {string.Join(", ", legend.Select(e => e.Label))}" : "");
            html.Append($"<figure class=\"chart\" id=\"chart-{HtmlText.Encode(chart.Name)}\" data-panels=\"{chart.PanelTitles.Count}\"><img alt=\"{HtmlText.Encode(alt)}\" src=\"data:image/svg+xml;base64,")
                .Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(chart.Svg)))
                .Append($"\"><figcaption>{HtmlText.Encode(chart.Title)} (also charts/{HtmlText.Encode(chart.Name)}.svg and .png)");
            // The image's legend again as text: what every panel's legend shows, each run in its colour.
            if (legend.Count > 0)
            {
                html.Append("<ul class=\"legend chart-legend\">");
                foreach (var entry in legend)
                    html.Append($"<li{(entry.Run is null ? "" : $" data-run=\"{HtmlText.Encode(entry.Run)}\"")} data-color=\"{HtmlText.Encode(entry.Color)}\">")
                        .Append($"<svg class=\"swatch\" width=\"12\" height=\"12\" aria-hidden=\"true\"><rect width=\"12\" height=\"12\" rx=\"2\" fill=\"{HtmlText.Encode(entry.Color)}\"/></svg>{HtmlText.Encode(entry.Label)}</li>");
                html.Append("</ul>");
            }
            html.Append("</figcaption></figure>\n");
        }
        html.Append("</section>\n");
        SampleBrowser(html, page);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Each run's colour (the same in every chart and table), name, model, seed and cell count.</summary>
    private static void RunLegend(StringBuilder html, ReportPage page)
    {
        var runs = page.Data.Runs;
        html.Append("<section id=\"runs\">\n<ul id=\"run-legend\" class=\"legend\">\n");
        for (var r = 0; r < runs.Count; r++)
        {
            var models = runs[r].Summary.Results.Select(c => c.ModelLabel).Distinct(StringComparer.Ordinal).ToList();
            html.Append($"<li data-run=\"{HtmlText.Encode(runs[r].Name)}\" data-color=\"{RunColors.Hex(r)}\">{Swatch(r)}<b>{HtmlText.Encode(runs[r].Name)}</b>")
                .Append($" · {HtmlText.Encode(string.Join("; ", models))} · seed {runs[r].Summary.Manifest.Plan.Seed.ToString(CultureInfo.InvariantCulture)}")
                .Append($" · {runs[r].Summary.Results.Count} cell{(runs[r].Summary.Results.Count == 1 ? "" : "s")}")
                .Append(runs.Count > 1 && r == page.Reference ? " · <em>reference for the deltas</em>" : "")
                .Append("</li>\n");
        }
        html.Append("</ul>\n</section>\n");
    }

    private static string Swatch(int run) =>
        $"<svg class=\"swatch\" width=\"12\" height=\"12\" aria-hidden=\"true\"><rect width=\"12\" height=\"12\" rx=\"2\" fill=\"{RunColors.Hex(run)}\"/></svg>";

    private static void Headline(StringBuilder html, ReportPage page)
    {
        var data = page.Data;
        var runs = data.Runs;
        var columns = HeadlineTable.Table(data).Headers.ToList();
        html.Append("<section id=\"headline\">\n<h2>Headline</h2>\n");
        if (runs.Count > 1)
        {
            var family = Enumerable.Range(0, runs.Count).Where(r => r != page.Reference).Select(r => PairedHeadline.FamilySize(page.Headline, r)).DefaultIfEmpty().Max();
            html.Append($"<p class=\"note\" id=\"delta-note\">Rows are paired by cell ({(data.Paired().Any(c => c.Key.Model.Length > 0) ? "model × suite × strategy" : "suite × strategy; the model is shown per run")}). ")
                .Append($"Each Δ row is that run minus <b>{HtmlText.Encode(runs[page.Reference].Name)}</b> over the problems both have: the delta (shares in percentage points), its 95% interval, p and the test that gave it. ")
                .Append($"<b>★</b> marks a delta significant at α = {PairedHeadline.Alpha.ToString(CultureInfo.InvariantCulture)} after Holm's correction over every delta of that pair of runs (up to {family} tests); the p shown is uncorrected.</p>\n");
            foreach (var mismatch in page.Mismatches) html.Append($"<p class=\"fail\">{HtmlText.Encode(mismatch)}</p>\n");
        }
        html.Append("<div class=\"table-wrap\" id=\"headline-wrap\"><table id=\"headline-table\">\n<thead><tr><th>suite</th><th>strategy</th><th>run · model</th>");
        foreach (var column in columns) html.Append($"<th class=\"num\">{HtmlText.Encode(column)}</th>");
        html.Append("</tr></thead>\n");
        foreach (var row in page.Headline)
        {
            var span = row.Runs.Count + row.Deltas.Count;
            html.Append($"<tbody class=\"cell\" data-cell=\"{HtmlText.Encode(row.Cell.Label)}\">\n");
            for (var r = 0; r < row.Runs.Count; r++)
            {
                html.Append($"<tr class=\"run-row\" data-run=\"{HtmlText.Encode(runs[r].Name)}\">");
                if (r == 0)
                    html.Append($"<td class=\"key\" rowspan=\"{span}\">{HtmlText.Encode(row.Cell.Key.Suite)}{(row.Cell.ModelLabel.Length > 0 ? $"<span class=\"sub\" title=\"{HtmlText.Encode(row.Cell.ModelLabel)}\">{HtmlText.Encode(ChartStyle.ShortModel(row.Cell.ModelLabel))}</span>" : "")}</td>")
                        .Append($"<td class=\"key strategy\" rowspan=\"{span}\">{Breakable(row.Cell.Key.Strategy)}</td>");
                html.Append($"<td class=\"run\">{Swatch(r)}{HtmlText.Encode(runs[r].Name)}");
                if (row.Runs[r] is { } figures)
                {
                    html.Append($"<span class=\"sub\" title=\"{HtmlText.Encode(figures.Model)}\">{HtmlText.Encode(ChartStyle.ShortModel(figures.Model))}")
                        .Append(figures.Simulated ? "<span class=\"badge\">simulated</span>" : "")
                        .Append(figures.PossiblyContaminated ? $"<span class=\"badge contaminated\" title=\"{HtmlText.Encode(Contamination.Footnote(runs[r].Summary) ?? Contamination.Label)}\">{Contamination.Label}</span>" : "")
                        .Append("</span></td>");
                    foreach (var value in figures.Figures) html.Append($"<td class=\"num\">{HtmlText.Encode(value)}</td>");
                }
                else html.Append($"</td><td class=\"missing\" colspan=\"{columns.Count}\">this run has no such cell</td>");
                html.Append("</tr>\n");
            }
            foreach (var delta in row.Deltas)
            {
                html.Append($"<tr class=\"delta-row\" data-run=\"{HtmlText.Encode(runs[delta.Run].Name)}\"><td class=\"run\">Δ {Swatch(delta.Run)}{HtmlText.Encode(runs[delta.Run].Name)}")
                    .Append($"<span class=\"sub\">− {HtmlText.Encode(runs[page.Reference].Name)}, {delta.Problems} paired problems</span></td>");
                foreach (var figure in delta.Figures)
                {
                    if (figure is null) { html.Append("<td></td>"); continue; }
                    var title = $"{figure.Metric}: {figure.DeltaText}, 95% interval {figure.IntervalText}, {figure.PText} ({figure.TestText}, uncorrected)"
                        + (figure.Significant ? $"; significant at α = {PairedHeadline.Alpha.ToString(CultureInfo.InvariantCulture)} after Holm's correction" : "; not significant after Holm's correction");
                    html.Append($"<td class=\"num delta{(figure.Significant ? " significant" : "")}\" title=\"{HtmlText.Encode(title)}\">")
                        .Append($"{HtmlText.Encode(figure.DeltaText)}{(figure.Significant ? " ★" : "")}<span class=\"sub\">{HtmlText.Encode(figure.IntervalText)}</span>")
                        .Append($"<span class=\"sub\">{HtmlText.Encode(figure.PText)} {HtmlText.Encode(figure.TestText)}</span></td>");
                }
                html.Append("</tr>\n");
            }
            html.Append("</tbody>\n");
        }
        html.Append("</table></div>\n");
        foreach (var note in runs.Select(r => Contamination.Footnote(r.Summary)).OfType<string>().Distinct())
            html.Append($"<p class=\"note contaminated\">{HtmlText.Encode(note)}</p>\n");
        html.Append("</section>\n");
    }

    /// <summary>A strategy spec that may wrap after each comma (it has no spaces, and would otherwise widen the table).</summary>
    private static string Breakable(string text) => string.Join(",<wbr>", text.Split(',').Select(HtmlText.Encode));

    /// <summary>The overthinking measures that are not shares (rounds, tokens, ratios), beside the chart of those that are.</summary>
    private static void Overthinking(StringBuilder html, ReportData data)
    {
        // The cells whose samples were analysed (the efficiencies are defined), in the one table model's efficiency columns.
        var cells = data.Cells().Where(c => Core.Metrics.MetricValue.Number(c.Cell.Metrics, Core.Metrics.BuiltIn.OverthinkingMetric.OutcomeEfficiency.Name) is not null).ToList();
        if (cells.Count == 0) return;
        var table = Core.Metrics.Table.ResultTable.For(data.Metrics, Core.Metrics.MetricReaders.Efficiency, cells.Select(c => c.Cell.Metrics));
        html.Append("<section id=\"overthinking\">\n<h2>Overthinking</h2>\n<div class=\"scroll\"><table id=\"overthinking-table\"><thead><tr><th>cell</th>");
        foreach (var header in table.Headers) html.Append($"<th>{HtmlText.Encode(header)}</th>");
        html.Append("</tr></thead><tbody>\n");
        foreach (var (_, cell, label) in cells)
        {
            html.Append($"<tr><td>{HtmlText.Encode(label)}</td>");
            foreach (var value in table.Row(cell.Metrics)) html.Append($"<td class=\"num\">{HtmlText.Encode(value)}</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table></div>\n</section>\n");
    }

    private static void Comparisons(StringBuilder html, IReadOnlyList<(string Run, RunComparison Comparison)> comparisons)
    {
        html.Append("<section id=\"comparison\">\n<h2>Against the baseline</h2>\n<p class=\"note\">Deltas over the problems both runs have; ")
            .Append("p from the exact McNemar test (accuracy, 0/1 scores) or a paired bootstrap over problems; MDE: the smallest change this many problems detects with power 0.8.</p>\n");
        foreach (var (run, comparison) in comparisons)
        {
            foreach (var mismatch in comparison.Mismatches) html.Append($"<p class=\"fail\">{HtmlText.Encode(mismatch)}</p>\n");
            foreach (var cell in comparison.Cells)
            {
                html.Append($"<h3>{HtmlText.Encode(run)}: {HtmlText.Encode(cell.Label)}</h3>\n<p class=\"note\">{cell.PairedProblems} paired problems")
                    .Append(cell.LeftOut > 0 ? $"; left out: {cell.LeftOutBaselineOnly} only in the baseline, {cell.LeftOutCandidateOnly} only in this run" : "")
                    .Append($". Newly wrong ({cell.NewlyWrong.Count}): {HtmlText.Encode(Ids(cell.NewlyWrong))}. Newly right ({cell.NewlyRight.Count}): {HtmlText.Encode(Ids(cell.NewlyRight))}.</p>\n")
                    .Append("<table class=\"comparison\"><thead><tr><th>metric</th><th>baseline</th><th>this run</th><th>delta</th><th>95% CI</th><th>p</th><th>test</th><th>MDE</th></tr></thead><tbody>\n");
                foreach (var m in cell.Metrics)
                {
                    var worse = m.Worsening > 0 && m.PValue < m.Alpha;
                    html.Append($"<tr><td>{HtmlText.Encode(m.Metric)}</td><td class=\"num\">{F(m.Baseline)}</td><td class=\"num\">{F(m.Candidate)}</td>")
                        .Append($"<td class=\"num{(worse ? " fail" : "")}\">{S(m.Delta)}</td><td class=\"num\">[{S(m.Low)}, {S(m.High)}]</td>")
                        .Append($"<td class=\"num\">{Gate.GateEvaluator.PValue(m.PValue)}</td><td>{m.Test}</td><td class=\"num\">{(m.Mde is { } mde ? F(mde) : "n/a")}</td></tr>\n");
                }
                html.Append("</tbody></table>\n");
            }
        }
        html.Append("</section>\n");
    }

    private static void SampleBrowser(StringBuilder html, ReportPage page)
    {
        html.Append("<section id=\"sample-browser\">\n<h2>Samples</h2>\n")
            .Append($"<p class=\"note\" id=\"sample-budget\">{page.SamplesEmbedded} of {page.SamplesTotal} samples embedded")
            .Append(page.SamplesEmbedded < page.SamplesTotal ? $" (the page's budget is {page.BudgetBytes / (1024 * 1024)} MB; the rest are in samples.jsonl)" : "")
            .Append(". Each sample shows its problem's prompt (from the run's prompts.jsonl; runs of older versions have none) and marks where each solution round ends: green when that round's answer was correct, red when not.</p>\n<div class=\"filters\">\n");
        foreach (var key in new[] { "run", "suite", "strategy", "verdict", "level", "flip" })
            html.Append($"<label>{key}<select id=\"filter-{key}\"><option value=\"*\">all</option></select></label>\n");
        html.Append("<div class=\"pager\"><button id=\"prev\" type=\"button\">previous</button><span id=\"page-info\"></span><button id=\"next\" type=\"button\">next</button></div>\n</div>\n")
            .Append("<div id=\"samples\"></div>\n</section>\n")
            .Append("<script type=\"application/json\" id=\"sample-data\">").Append(page.SamplesJson).Append("</script>\n")
            .Append("<script>").Append(ReportAssets.Script).Append("</script>\n");
    }

    private static string Ids(IReadOnlyList<string> ids) =>
        ids.Count == 0 ? "none" : string.Join(", ", ids.Take(50)) + (ids.Count > 50 ? $" (+{ids.Count - 50} more)" : "");

    private static string F(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);

    private static string S(double v) => v.ToString("+0.####;-0.####;0", CultureInfo.InvariantCulture);
}
