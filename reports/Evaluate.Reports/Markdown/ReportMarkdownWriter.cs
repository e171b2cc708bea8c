using System.Globalization;
using System.Text;
using Evaluate.Reports.Html;

namespace Evaluate.Reports.Markdown;

/// <summary>
/// report.md: the headline table, the comparison with the baseline and a list of the charts, for PR comments and step
/// summaries. Neither shows an image by a relative path (nor a data: URI), so the charts are named, not embedded: they
/// are in report.html and charts/*.png beside this file (the uploaded report).
/// </summary>
public static class ReportMarkdownWriter
{
    public static string Write(ReportPage page)
    {
        var md = new StringBuilder();
        md.AppendLine($"# {MarkdownText.Cell(page.Title)}").AppendLine();
        var columns = HeadlineTable.Columns(page.Data);
        md.AppendLine("| " + string.Join(" | ", columns.Select(MarkdownText.Cell)) + " |");
        md.AppendLine("|" + string.Concat(Enumerable.Repeat("---|", columns.Count)));
        foreach (var r in HeadlineTable.Rows(page.Data))
            md.AppendLine("| " + string.Join(" | ", new[] { r.Run, r.Model + (r.Simulated ? " (simulated)" : ""), r.Suite, r.Strategy }
                .Concat(r.Figures).Select(MarkdownText.Cell)) + " |");
        foreach (var (run, comparison) in page.Comparisons)
            foreach (var cell in comparison.Cells)
            {
                md.AppendLine().AppendLine($"**{MarkdownText.Cell(run)} against the baseline, {MarkdownText.Cell(cell.Label)}**: {cell.PairedProblems} paired problems"
                    + (cell.LeftOut > 0 ? $" ({cell.LeftOut} left out)" : "") + $", {cell.NewlyWrong.Count} newly wrong, {cell.NewlyRight.Count} newly right.").AppendLine();
                md.AppendLine("| metric | baseline | this run | delta | p | MDE |").AppendLine("|---|---|---|---|---|---|");
                foreach (var m in cell.Metrics)
                    md.AppendLine($"| {MarkdownText.Cell(m.Metric)} | {F(m.Baseline)} | {F(m.Candidate)} | {m.Delta.ToString("+0.####;-0.####;0", CultureInfo.InvariantCulture)} | {Gate.GateEvaluator.PValue(m.PValue)} ({m.Test}) | {(m.Mde is { } mde ? F(mde) : "n/a")} |");
            }
        if (page.Charts.Count > 0)
        {
            md.AppendLine().AppendLine("Charts are in `report.html` and `charts/` beside this file (in CI: the uploaded report); a step summary cannot show them:").AppendLine();
            foreach (var chart in page.Charts) md.AppendLine($"- {MarkdownText.Cell(chart.Title)}: `charts/{chart.Name}.png`");
        }
        return md.ToString();
    }

    private static string F(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
}
