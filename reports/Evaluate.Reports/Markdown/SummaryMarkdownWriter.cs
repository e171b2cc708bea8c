using System.Globalization;
using System.Text;
using Evaluate.Core.Exporters;
using Evaluate.Core.Metrics;
using Evaluate.Core.Suites;
using Evaluate.Reports.Charts;
using Evaluate.Reports.Html;

namespace Evaluate.Reports.Markdown;

/// <summary>
/// summary.md: the headline table of a run as Markdown, written by every run (an <see cref="IRunExporter"/>: it needs
/// the summary only). The full report with charts and samples reads the run directory and is written by
/// `evaluate report` or `run --report`.
/// </summary>
public sealed class SummaryMarkdownWriter : IRunExporter
{
    public string Name => "markdown";

    public void Export(RunSummary summary, ExportTarget target) =>
        Evaluate.Core.Files.OutputFile.WriteAllText(Path.Combine(target.Directory, "summary.md"), Write(summary, Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(target.Directory))), target.Metrics));

    public static string Write(RunSummary summary, string runName, MetricCatalog? catalog = null)
    {
        var data = new ReportData([new ReportRun("", runName, summary)], [], catalog);
        var md = new StringBuilder();
        md.AppendLine($"## {MarkdownText.Cell(runName)}{(summary.Complete ? "" : " (incomplete)")}").AppendLine();
        var columns = HeadlineTable.Columns(data).Skip(1).ToList();
        md.AppendLine("| " + string.Join(" | ", columns.Select(MarkdownText.Cell)) + " |");
        md.AppendLine("|" + string.Concat(Enumerable.Repeat("---|", columns.Count)));
        foreach (var r in HeadlineTable.Rows(data))
            md.AppendLine("| " + string.Join(" | ", new[] { r.Model + (r.Simulated ? " (simulated)" : ""), r.Suite + (r.PossiblyContaminated ? $" {Contamination.Mark}" : ""), r.Strategy }
                .Concat(r.Figures).Select(MarkdownText.Cell)) + " |");
        if (Contamination.Footnote(summary) is { } note) md.AppendLine().AppendLine(MarkdownText.Cell(note));
        Frontier.FrontierTable.AppendMarkdown(md, Frontier.ComputeFrontier.Of(summary), "###");
        md.AppendLine().AppendLine(string.Create(CultureInfo.InvariantCulture, $"Tool {summary.Manifest.ToolVersion}, fingerprint `{summary.Manifest.Fingerprint?[..Math.Min(12, summary.Manifest.Fingerprint.Length)]}`."));
        return md.ToString();
    }
}
