using System.Globalization;
using System.Text;
using System.Text.Json;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Docs;

/// <summary>
/// Writes a doc region that shows `evaluate run` commands and the table of their results (one row per strategy):
/// the commands are run in process exactly as shown (plus an output directory), and every figure of the table is
/// read from their summary.json. Columns name summary.json metrics, so the table says what the run wrote.
/// </summary>
public sealed class StrategyTableGenerator(IReadOnlyList<StrategyTableGenerator.Run> runs, IReadOnlyList<StrategyTableGenerator.Column> columns) : IDocGenerator
{
    /// <summary>One command: the arguments before the strategies, and the strategies (each a row, in order).</summary>
    public sealed record Run(string[] Arguments, string[] Strategies, string? Budget = null);

    /// <summary>A table column: its header and how a row's value is written.</summary>
    public sealed record Column(string Header, Func<JsonElement, string> Value);

    public static Column Metric(string header, string metric, string format) =>
        new(header, metrics => metrics.GetProperty(metric).ValueKind == JsonValueKind.Number
            ? metrics.GetProperty(metric).GetDouble().ToString(format, CultureInfo.InvariantCulture)
            : "–");

    public async Task<string> GenerateAsync()
    {
        var text = new StringBuilder();
        text.AppendLine("```bash");
        foreach (var run in runs) text.AppendLine(CommandText(run));
        text.AppendLine("```");
        text.AppendLine();
        var showBudget = runs.Any(r => r.Budget is not null);
        text.AppendLine("| Strategy |" + (showBudget ? " Token budget |" : "") + string.Concat(columns.Select(c => $" {c.Header} |")));
        text.AppendLine("|---|" + (showBudget ? "---|" : "") + string.Concat(columns.Select(_ => "---|")));
        foreach (var run in runs)
        {
            var outDirectory = TestRuns.NewDirectory();
            var (code, _, error) = await InProcessCli.RunAsync([.. Words(run), "--out", outDirectory]);
            if (code != 0) throw new InvalidOperationException($"`{CommandText(run)}` exited {code}: {error}");
            using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDirectory, "summary.json")));
            var results = summary.RootElement.GetProperty("results").EnumerateArray().ToList();
            if (results.Count != run.Strategies.Length) throw new InvalidOperationException($"{results.Count} results for {run.Strategies.Length} strategies");
            for (var i = 0; i < results.Count; i++)
            {
                var metrics = results[i].GetProperty("metrics");
                text.AppendLine($"| `{run.Strategies[i]}` |" + (showBudget ? $" {run.Budget ?? "none"} |" : "") + string.Concat(columns.Select(c => $" {c.Value(metrics)} |")));
            }
        }
        return text.ToString().TrimEnd('\n');
    }

    private static string[] Words(Run run) => ["run", .. run.Arguments, .. run.Strategies.SelectMany(s => new[] { "--strategy", s })];

    /// <summary>The command as a user types it: `evaluate run` and its arguments, the strategies on continuation lines.</summary>
    private static string CommandText(Run run)
    {
        var lines = new List<string> { "evaluate run " + string.Join(' ', run.Arguments) };
        var current = new StringBuilder("  ");
        foreach (var strategy in run.Strategies)
        {
            var word = $"--strategy {strategy}";
            if (current.Length > 2 && current.Length + word.Length > 110)
            {
                lines.Add(current.ToString().TrimEnd());
                current.Clear().Append("  ");
            }
            current.Append(word).Append(' ');
        }
        lines.Add(current.ToString().TrimEnd());
        return string.Join(" \\\n", lines);
    }
}
