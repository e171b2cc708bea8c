using System.Globalization;
using System.Text;
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
        Headline(html, page.Data);
        Overthinking(html, page.Data);
        if (page.Comparisons.Count > 0) Comparisons(html, page.Comparisons);
        html.Append("<section id=\"charts\">\n<h2>Charts</h2>\n");
        foreach (var chart in page.Charts)
            html.Append($"<figure class=\"chart\" id=\"chart-{HtmlText.Encode(chart.Name)}\"><img alt=\"{HtmlText.Encode(chart.Title)}\" src=\"data:image/svg+xml;base64,")
                .Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(chart.Svg)))
                .Append($"\"><figcaption>{HtmlText.Encode(chart.Title)} (also charts/{HtmlText.Encode(chart.Name)}.svg and .png)</figcaption></figure>\n");
        html.Append("</section>\n");
        SampleBrowser(html, page);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Headline(StringBuilder html, ReportData data)
    {
        html.Append("<section id=\"headline\">\n<h2>Headline</h2>\n<div class=\"scroll\"><table id=\"headline-table\">\n<thead><tr>");
        foreach (var column in HeadlineTable.Columns(data)) html.Append($"<th>{HtmlText.Encode(column)}</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in HeadlineTable.Rows(data))
        {
            html.Append("<tr>")
                .Append($"<td>{HtmlText.Encode(row.Run)}</td>")
                .Append($"<td>{HtmlText.Encode(row.Model)}{(row.Simulated ? "<span class=\"badge\">simulated</span>" : "")}</td>")
                .Append($"<td>{HtmlText.Encode(row.Suite)}</td><td>{HtmlText.Encode(row.Strategy)}</td>");
            foreach (var value in row.Figures)
                html.Append($"<td class=\"num\">{HtmlText.Encode(value)}</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table></div>\n</section>\n");
    }

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
