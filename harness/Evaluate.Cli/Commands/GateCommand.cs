using System.CommandLine;
using Evaluate.Composition;
using Evaluate.Core;
using Evaluate.Reports.Comparison;
using Evaluate.Reports.Gate;
using Evaluate.Reports.History;

namespace Evaluate.Cli.Commands;

/// <summary>
/// `evaluate gate`: compares a candidate run with a baseline (a run directory, or the last passing run of a history
/// database) under the rules, prints and writes the verdict, and exits 0 (pass), 1 (regression) or 2 (bad
/// configuration or data, including runs made from different datasets or suite versions without --allow-mismatch).
/// </summary>
public static class GateCommand
{
    public static Command Create(Registries registries)
    {
        var baseline = new Option<string?>("--baseline") { Description = "Baseline run directory" };
        var history = new Option<string?>("--history") { Description = "History database: the baseline is its latest run no gate failed (or --tag); the candidate is recorded with the verdict" };
        var tag = new Option<string?>("--tag") { Description = "With --history: take the latest run with this tag as the baseline" };
        var pool = new Option<int>("--pool") { Description = "With --history: pool the last K passing runs with the candidate's fingerprint (and --tag) into one baseline (see docs/reports.md)", DefaultValueFactory = _ => 1 };
        var candidate = new Option<string>("--candidate") { Description = "Candidate run directory", Required = true };
        var rules = new Option<string?>("--rules") { Description = "Rules file (YAML; see docs/reports.md); default: 2-point drops, 10% more tokens, α = 0.05" };
        var junit = new Option<string?>("--junit") { Description = "Write JUnit XML here (one test case per rule × cell)" };
        var markdown = new Option<string?>("--markdown") { Description = "Write the Markdown verdict table here (it is also appended to $GITHUB_STEP_SUMMARY when set)" };
        var allowMismatch = new Option<bool>("--allow-mismatch") { Description = "Compare even when datasets (SHA-256), suite versions or the problem sets (--min-overlap) differ" };
        var minOverlap = OverlapFlags.MinOverlap();
        var command = new Command("gate", "Fail (exit 1) when the candidate regressed beyond tolerance and significantly; exit 2 on bad rules or data")
        {
            baseline, history, tag, pool, candidate, rules, junit, markdown, allowMismatch, minOverlap,
            GateCalibrateCommand.Create(registries),
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var catalog = registries.MetricCatalog;
            var gateRules = parse.GetValue(rules) is { } rulesPath ? GateRulesFile.Load(rulesPath, catalog) : GateRules.Default;
            var candidateDir = parse.GetValue(candidate)!;
            var historyPath = parse.GetValue(history);
            var baselineDir = parse.GetValue(baseline);
            using var materialised = baselineDir is null ? BaselineFromHistory(historyPath, parse.GetValue(tag), candidateDir, parse.GetValue(pool)) : null;
            baselineDir ??= materialised!.Directory;
            if (materialised is not null) output.WriteLine($"baseline: {materialised.Name}");

            var verdict = Gatekeeper.Decide(baselineDir, candidateDir, gateRules, catalog, parse.GetValue(allowMismatch), materialised?.Name, parse.GetValue(minOverlap));

            var table = GateMarkdownWriter.Write(verdict);
            output.Write(table);
            if (parse.GetValue(markdown) is { } markdownPath) Evaluate.Core.Files.OutputFile.WriteAllText(markdownPath, table);
            if (Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } stepSummary) File.AppendAllText(stepSummary, table + "\n");
            if (parse.GetValue(junit) is { } junitPath) JUnitWriter.Write(verdict, junitPath);
            if (historyPath is not null && HistoryStore.Open(historyPath).RecordVerdict(candidateDir, verdict.Passed) is { AlreadyRecorded: true } recorded)
                output.WriteLine($"note: {historyPath} already holds this candidate (entry {recorded.Id}, gated before); its verdict was updated, no entry added");
            output.WriteLine(verdict.Passed ? "gate: passed" : "gate: FAILED (regression)");
            return verdict.Passed ? ExitCodes.Success : ExitCodes.GateFailed;
        });
        command.Validators.Add(result =>
        {
            if (result.GetValue(baseline) is null && result.GetValue(history) is null)
                result.AddError("gate needs --baseline DIR or --history FILE");
            if (result.GetValue(pool) > 1 && (result.GetValue(history) is null || result.GetValue(baseline) is not null))
                result.AddError("--pool pools history entries: it needs --history FILE and no --baseline");
        });
        return command;
    }

    private static MaterialisedRun BaselineFromHistory(string? historyPath, string? tag, string candidateDir, int pool)
    {
        var store = HistoryStore.Open(historyPath!);
        return store.MaterialiseBaseline(tag, candidateDir, pool)
            ?? throw new UsageException(pool > 1
                ? $"{historyPath}: no passing run{(tag is null ? "" : $" tagged '{tag}'")} with the candidate's fingerprint to pool (the plan, components or data changed since; gate once with --baseline DIR --history FILE, or append a run of this plan with run --history)"
                : tag is null ? $"{historyPath}: no passing run recorded yet to use as a baseline (gate once with --baseline DIR --history FILE, or append a run with run --history)" : $"{historyPath}: no run tagged '{tag}'");
    }
}
