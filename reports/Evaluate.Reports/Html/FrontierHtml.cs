using System.Text;
using Evaluate.Reports.Charts;
using Evaluate.Reports.Frontier;

namespace Evaluate.Reports.Html;

/// <summary>The frontier table of each budget sweep shown (section <c>#frontier</c>), beside its chart; nothing without a sweep.</summary>
public static class FrontierHtml
{
    public static void Write(StringBuilder html, ReportData data)
    {
        var frontiers = data.Runs.SelectMany(run => ComputeFrontier.Of(run.Summary).Select(panel => (Run: run.Name, Panel: panel))).ToList();
        if (frontiers.Count == 0) return;
        html.Append("<section id=\"frontier\">\n<h2>Compute frontier</h2>\n")
            .Append($"<p class=\"note\">{HtmlText.Encode(FrontierTable.Note)} Thinking tokens are all of a problem's samples and calls.</p>\n");
        foreach (var (run, panel) in frontiers)
        {
            html.Append($"<h3>{HtmlText.Encode((data.Runs.Count > 1 ? run + ": " : "") + FrontierTable.Title(panel))}</h3>\n")
                .Append($"<div class=\"scroll\"><table class=\"frontier-table\" data-suite=\"{HtmlText.Encode(panel.Suite)}\" data-measure=\"{(panel.Measure == ThinkingMeasure.Reasoning ? "reasoning" : "completion")}\"><thead><tr>");
            foreach (var header in FrontierTable.Headers(panel)) html.Append($"<th>{HtmlText.Encode(header)}</th>");
            html.Append("</tr></thead><tbody>\n");
            foreach (var row in FrontierTable.Rows(panel))
            {
                html.Append($"<tr{(row[^1].Length > 0 ? " class=\"optimal\"" : "")} data-budget=\"{HtmlText.Encode(row[0])}\">");
                for (var i = 0; i < row.Length; i++) html.Append($"<td{(i == 1 ? "" : " class=\"num\"")}>{HtmlText.Encode(row[i])}</td>");
                html.Append("</tr>\n");
            }
            html.Append("</tbody></table></div>\n");
        }
        html.Append("</section>\n");
    }
}
