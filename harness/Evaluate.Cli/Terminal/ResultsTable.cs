using System.Globalization;
using Evaluate.Core.Metrics;
using Spectre.Console;

namespace Evaluate.Cli.Terminal;

/// <summary>
/// The tables printed after a run: the headline numbers of every cell, then its reasoning-efficiency (overthinking)
/// measures.
/// </summary>
public static class ResultsTable
{
    private static readonly string[] Headers =
        ["model", "suite", "strategy", "problems", "errors", "accuracy (95% CI)", "pass@max", "maj@max", "compl. tokens (mean)", "calls/problem"];

    private static readonly string[] EfficiencyHeaders =
        ["model", "suite", "strategy", "rounds", "outcome eff.", "process eff.", "tokens after 1st correct", "easy/hard tokens", "truncated"];

    public static void Print(RunSummary summary, TextWriter output, bool plain)
    {
        Print(Headers, summary.Results.Select(Row).ToList(), output, plain);
        output.WriteLine();
        Print(EfficiencyHeaders, summary.Results.Select(EfficiencyRow).ToList(), output, plain);
    }

    private static void Print(string[] headers, List<string[]> rows, TextWriter output, bool plain)
    {
        if (plain)
        {
            var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
            output.WriteLine(string.Join("  ", headers.Select((h, i) => h.PadRight(widths[i]))));
            foreach (var row in rows) output.WriteLine(string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))));
            return;
        }
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers) table.AddColumn(header);
        foreach (var row in rows) table.AddRow(row.Select(Markup.Escape).ToArray());
        AnsiConsole.Write(table);
    }

    private static string[] Row(CellSummary cell)
    {
        var m = cell.Metrics;
        var maxK = m.Keys.Where(k => k.StartsWith("pass@", StringComparison.Ordinal))
            .Select(k => int.Parse(k[5..], CultureInfo.InvariantCulture)).DefaultIfEmpty(1).Max();
        var ci = MetricValue.Interval(m, "accuracy_ci95") is { } pair ? $" [{Percent(pair.Low)}, {Percent(pair.High)}]" : "";
        return
        [
            cell.ModelLabel, cell.Suite, cell.Strategy, Number(m.GetValueOrDefault("problems")), Number(m.GetValueOrDefault("errors")),
            Percent(m.GetValueOrDefault("accuracy")) + ci,
            $"pass@{maxK} {Percent(m.GetValueOrDefault($"pass@{maxK}"))}",
            $"maj@{maxK} {Percent(m.GetValueOrDefault($"maj@{maxK}"))}",
            Number(m.GetValueOrDefault("mean_completion_tokens")),
            Number(m.GetValueOrDefault("mean_model_calls_per_problem")),
        ];
    }

    private static string[] EfficiencyRow(CellSummary cell)
    {
        var m = cell.Metrics;
        return
        [
            cell.ModelLabel, cell.Suite, cell.Strategy,
            Number(m.GetValueOrDefault("solution_rounds_mean")),
            Percent(m.GetValueOrDefault("outcome_efficiency")),
            Percent(m.GetValueOrDefault("process_efficiency")),
            Number(m.GetValueOrDefault("tokens_after_first_correct_mean")),
            Ratio(m.GetValueOrDefault("easy_to_hard_token_ratio")),
            Percent(m.GetValueOrDefault("truncation_rate")),
        ];
    }

    private static string Ratio(object? value) => MetricValue.Number(value) is { } d ? d.ToString("0.00", CultureInfo.InvariantCulture) : "—";

    private static string Percent(object? value) => MetricValue.Number(value) is { } d ? (100 * d).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    private static string Number(object? value) => MetricValue.Number(value) is { } d ? d.ToString("0.#", CultureInfo.InvariantCulture) : "—";
}
