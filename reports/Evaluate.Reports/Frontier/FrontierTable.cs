using System.Globalization;

namespace Evaluate.Reports.Frontier;

/// <summary>
/// The frontier table as text, one row per budget × strategy (budget-major): what report.html, report.md, summary.md
/// and the terminal print, so all four say the same.
/// </summary>
public static class FrontierTable
{
    public const string OptimalMark = "★";

    public static IReadOnlyList<string> Headers(FrontierPanel panel) => ["budget", "strategy", "accuracy", panel.TokensLabel, "compute-optimal"];

    public static IReadOnlyList<string[]> Rows(FrontierPanel panel) =>
        panel.Points.OrderBy(p => p.Budget).ThenBy(p => panel.Strategies.ToList().IndexOf(p.Strategy))
            .Select(p => new[]
            {
                p.Budget.ToString(CultureInfo.InvariantCulture), p.Strategy, p.Accuracy.ToString("0.000", CultureInfo.InvariantCulture),
                p.ThinkingTokens.ToString("0", CultureInfo.InvariantCulture), p.Optimal ? OptimalMark : "",
            }).ToList();

    /// <summary>A panel's title: suite and model.</summary>
    public static string Title(FrontierPanel panel) => $"{panel.Suite} · {panel.ModelLabel}";

    /// <summary>What the mark means, said once under each table.</summary>
    public const string Note = OptimalMark + " compute-optimal at that budget (after Snell et al. 2024): the highest accuracy among the strategies, ties to fewer thinking tokens.";

    /// <summary>The table in Markdown (summary.md, report.md): a heading per panel, then the rows.</summary>
    public static void AppendMarkdown(System.Text.StringBuilder md, IReadOnlyList<FrontierPanel> panels, string heading)
    {
        foreach (var panel in panels)
        {
            md.AppendLine().AppendLine($"{heading} Compute frontier: {Markdown.MarkdownText.Cell(Title(panel))}").AppendLine();
            var headers = Headers(panel);
            md.AppendLine("| " + string.Join(" | ", headers.Select(Markdown.MarkdownText.Cell)) + " |");
            md.AppendLine("|" + string.Concat(Enumerable.Repeat("---|", headers.Count)));
            foreach (var row in Rows(panel)) md.AppendLine("| " + string.Join(" | ", row.Select(Markdown.MarkdownText.Cell)) + " |");
            md.AppendLine().AppendLine(Note);
        }
    }

    /// <summary>The table as aligned plain text lines (the terminal after a sweep).</summary>
    public static IEnumerable<string> PlainLines(FrontierPanel panel)
    {
        yield return $"compute frontier: {Title(panel)}";
        var headers = Headers(panel);
        var rows = Rows(panel);
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        yield return string.Join("  ", headers.Select((h, i) => h.PadRight(widths[i]))).TrimEnd();
        foreach (var row in rows) yield return string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))).TrimEnd();
        yield return Note;
    }
}
