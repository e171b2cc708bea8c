using System.Globalization;
using Evaluate.Core.Metrics;
using Spectre.Console;

namespace Evaluate.Cli.Terminal;

/// <summary>The results table printed after a run: the headline numbers of every cell.</summary>
public static class ResultsTable
{
    private static readonly string[] Headers =
        ["model", "suite", "strategy", "problems", "accuracy (95% CI)", "pass@max", "maj@max", "compl. tokens (mean)", "calls/problem"];

    public static void Print(RunSummary summary, TextWriter output, bool plain)
    {
        var rows = summary.Results.Select(Row).ToList();
        if (plain)
        {
            var widths = Headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
            output.WriteLine(string.Join("  ", Headers.Select((h, i) => h.PadRight(widths[i]))));
            foreach (var row in rows) output.WriteLine(string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))));
            return;
        }
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in Headers) table.AddColumn(header);
        foreach (var row in rows) table.AddRow(row.Select(Markup.Escape).ToArray());
        AnsiConsole.Write(table);
    }

    private static string[] Row(CellSummary cell)
    {
        var m = cell.Metrics;
        var maxK = m.Keys.Where(k => k.StartsWith("pass@", StringComparison.Ordinal))
            .Select(k => int.Parse(k[5..], CultureInfo.InvariantCulture)).DefaultIfEmpty(1).Max();
        var ci = m.GetValueOrDefault("accuracy_ci95") is double[] { Length: 2 } pair ? $" [{Percent(pair[0])}, {Percent(pair[1])}]" : "";
        return
        [
            cell.ModelLabel, cell.Suite, cell.Strategy, Number(m.GetValueOrDefault("problems")),
            Percent(m.GetValueOrDefault("accuracy")) + ci,
            $"pass@{maxK} {Percent(m.GetValueOrDefault($"pass@{maxK}"))}",
            $"maj@{maxK} {Percent(m.GetValueOrDefault($"maj@{maxK}"))}",
            Number(m.GetValueOrDefault("mean_completion_tokens")),
            Number(m.GetValueOrDefault("mean_model_calls_per_problem")),
        ];
    }

    private static string Percent(object? value) => value is double d ? (100 * d).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    private static string Number(object? value) => value switch
    {
        double d => d.ToString("0.#", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => "—",
    };
}
