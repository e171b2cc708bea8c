using System.Globalization;
using System.Text;
using Evaluate.Core.Suites;
using Evaluate.Reports.Html;

namespace Evaluate.Reports.Markdown;

/// <summary>
/// report.md: the headline table (paired by cell across runs, with deltas against the reference run), the comparison with the baseline and a list of the charts, for PR comments and step
/// summaries. Neither shows an image by a relative path (nor a data: URI), so the charts are named, not embedded: they
/// are in report.html and charts/*.png beside this file (the uploaded report).
/// </summary>
public static class ReportMarkdownWriter
{
    public static string Write(ReportPage page)
    {
        var md = new StringBuilder();
        md.AppendLine($"# {MarkdownText.Cell(page.Title)}").AppendLine();
        var runs = page.Data.Runs;
        var columns = HeadlineTable.Table(page.Data).Headers.ToList();
        if (runs.Count > 1)
            md.AppendLine($"Rows paired by cell; each Δ row is that run minus {MarkdownText.Cell(runs[page.Reference].Name)}: delta (shares in percentage points), 95% interval, uncorrected p and test; "
                + $"★ = significant at α = {PairedHeadline.Alpha.ToString(CultureInfo.InvariantCulture)} after Holm's correction over every delta of that pair of runs.").AppendLine();
        md.AppendLine("| " + string.Join(" | ", new[] { "suite", "strategy", "run", "model" }.Concat(columns).Select(MarkdownText.Cell)) + " |");
        md.AppendLine("|" + string.Concat(Enumerable.Repeat("---|", columns.Count + 4)));
        foreach (var row in page.Headline)
        {
            var first = true;
            IEnumerable<string> Key()
            {
                var key = first ? new[] { row.Cell.Key.Suite + (row.Cell.ModelLabel.Length > 0 ? $" ({row.Cell.ModelLabel})" : ""), row.Cell.Key.Strategy } : ["", ""];
                first = false;
                return key;
            }
            for (var r = 0; r < row.Runs.Count; r++)
                md.AppendLine("| " + string.Join(" | ", Key().Concat(row.Runs[r] is { } figures
                    ? new[] { runs[r].Name, figures.Model + (figures.Simulated ? " (simulated)" : "") + (figures.PossiblyContaminated ? $" ({Contamination.Label} {Contamination.Mark})" : "") }.Concat(figures.Figures)
                    : new[] { runs[r].Name, "(no such cell)" }.Concat(columns.Select(_ => ""))).Select(MarkdownText.Cell)) + " |");
            foreach (var delta in row.Deltas)
                md.AppendLine("| " + string.Join(" | ", Key().Concat(new[] { $"Δ {runs[delta.Run].Name} − {runs[page.Reference].Name}", $"{delta.Problems} paired problems" })
                    .Concat(delta.Figures.Select(f => f is null ? "" : $"{f.DeltaText}{(f.Significant ? " ★" : "")} {f.IntervalText} {f.PText} {f.TestText}")).Select(MarkdownText.Cell)) + " |");
        }
        foreach (var note in runs.Select(r => Contamination.Footnote(r.Summary)).OfType<string>().Distinct())
            md.AppendLine().AppendLine(MarkdownText.Cell(note));
        foreach (var run in page.Data.Runs) Frontier.FrontierTable.AppendMarkdown(md, Frontier.ComputeFrontier.Of(run.Summary), page.Data.Runs.Count > 1 ? $"## {MarkdownText.Cell(run.Name)}:" : "##");
        foreach (var mismatch in page.Mismatches) md.AppendLine().AppendLine($"**Not comparable:** {MarkdownText.Cell(mismatch)}");
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
