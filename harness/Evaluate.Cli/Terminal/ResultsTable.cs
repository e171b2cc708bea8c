using Evaluate.Core.Metrics;
using Evaluate.Core.Metrics.Table;
using Evaluate.Core.Suites;
using Spectre.Console;

namespace Evaluate.Cli.Terminal;

/// <summary>
/// The tables printed after a run: the headline figures of every cell, then its reasoning-efficiency (overthinking)
/// measures. Both are the one table model's (<see cref="ResultTable"/>), so the terminal shows what summary.md and the
/// report show.
/// </summary>
public static class ResultsTable
{
    private static readonly string[] Identity = ["model", "suite", "strategy"];

    /// <param name="console">Where a drawn table goes (the terminal unless a test gives a console of a fixed width).</param>
    public static void Print(RunSummary summary, TextWriter output, bool plain, MetricCatalog? catalog = null, IAnsiConsole? console = null)
    {
        catalog ??= MetricCatalog.Default;
        console ??= AnsiConsole.Console;
        Print(summary, ResultTable.For(catalog, MetricReaders.Headline, summary.Results.Select(c => c.Metrics)), output, plain, console);
        output.WriteLine();
        Print(summary, ResultTable.For(catalog, MetricReaders.Efficiency, summary.Results.Select(c => c.Metrics)), output, plain, console);
        if (Contamination.Footnote(summary) is { } note) output.WriteLine(note);
        // After a budget sweep: its frontier table, as summary.md and the report print it.
        foreach (var panel in Evaluate.Reports.Frontier.ComputeFrontier.Of(summary))
        {
            output.WriteLine();
            foreach (var line in Evaluate.Reports.Frontier.FrontierTable.PlainLines(panel))
                if (plain) output.WriteLine(line);
                else console.WriteLine(line);
        }
    }

    private static void Print(RunSummary summary, ResultTable table, TextWriter output, bool plain, IAnsiConsole console)
    {
        string[] headers = [.. Identity, .. table.Headers];
        var rows = summary.Results.Select(c => (string[])[c.ModelLabel, Contamination.SuiteLabel(c), c.Strategy, .. table.Row(c.Metrics)]).ToList();
        if (plain)
        {
            var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
            output.WriteLine(string.Join("  ", headers.Select((h, i) => h.PadRight(widths[i]))));
            foreach (var row in rows) output.WriteLine(string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))));
            return;
        }
        // A drawn table needs each column's widest entry plus a border and padding (3) per column: when the terminal
        // is narrower, Spectre would break every cell a word per line; one block per cell reads better there.
        var needed = 1 + headers.Select((h, i) => 3 + Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).Sum();
        if (needed > console.Profile.Width)
        {
            foreach (var line in StackedResults.Lines(headers, rows, Identity.Length, console.Profile.Width)) console.WriteLine(line);
            return;
        }
        var drawn = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers) drawn.AddColumn(Markup.Escape(header));
        foreach (var row in rows) drawn.AddRow(row.Select(Markup.Escape).ToArray());
        console.Write(drawn);
    }
}
