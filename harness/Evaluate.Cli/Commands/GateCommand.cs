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
        var candidate = new Option<string>("--candidate") { Description = "Candidate run directory", Required = true };
        var rules = new Option<string?>("--rules") { Description = "Rules file (YAML; see docs/reports.md); default: 2-point drops, 10% more tokens, α = 0.05" };
        var junit = new Option<string?>("--junit") { Description = "Write JUnit XML here (one test case per rule × cell)" };
        var markdown = new Option<string?>("--markdown") { Description = "Write the Markdown verdict table here (it is also appended to $GITHUB_STEP_SUMMARY when set)" };
        var allowMismatch = new Option<bool>("--allow-mismatch") { Description = "Compare even when datasets (SHA-256), suite versions or the problem sets (--min-overlap) differ" };
        var minOverlap = OverlapFlags.MinOverlap();
        var command = new Command("gate", "Fail (exit 1) when the candidate regressed beyond tolerance and significantly; exit 2 on bad rules or data")
        {
            baseline, history, tag, candidate, rules, junit, markdown, allowMismatch, minOverlap,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var catalog = registries.MetricCatalog;
            var gateRules = parse.GetValue(rules) is { } rulesPath ? GateRulesFile.Load(rulesPath, catalog) : GateRules.Default;
            var candidateDir = parse.GetValue(candidate)!;
            var historyPath = parse.GetValue(history);
            var baselineDir = parse.GetValue(baseline);
            using var materialised = baselineDir is null ? BaselineFromHistory(historyPath, parse.GetValue(tag), candidateDir) : null;
            baselineDir ??= materialised!.Directory;

            var candidateRun = RunEvidence.Read(candidateDir);
            // Every metric a rule names is compared, declared compare metric or not.
            var comparer = new RunComparer(gateRules.Alpha, catalog: catalog) { AlsoCompare = gateRules.RuleMetrics() };
            var comparison = comparer.Compare(RunEvidence.Read(baselineDir), candidateRun);
            if (comparison.Mismatches.Count > 0 && !parse.GetValue(allowMismatch))
                throw new UsageException("the runs are not comparable (use --allow-mismatch to compare anyway):\n  " + string.Join("\n  ", comparison.Mismatches));
            ProblemOverlapCheck.Require(comparison, parse.GetValue(minOverlap), parse.GetValue(allowMismatch));
            var verdict = GateEvaluator.Evaluate(comparison, gateRules, catalog);
            // Refused before anything is written: an underpowered gate's pass would be a result it cannot vouch for.
            if (gateRules.RequirePower && verdict.Underpowered.Count > 0)
                throw new UsageException($"{gateRules.Source}: require_power: true, and {verdict.Underpowered.Count} checks cannot detect their tolerance: "
                    + string.Join("; ", verdict.Underpowered.Take(5).Select(c => $"{c.Cell}: {c.Rule} ({c.PowerAdvice})")) + (verdict.Underpowered.Count > 5 ? "; …" : ""));

            var table = GateMarkdownWriter.Write(verdict);
            output.Write(table);
            if (parse.GetValue(markdown) is { } markdownPath) Evaluate.Core.Files.OutputFile.WriteAllText(markdownPath, table);
            if (Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } stepSummary) File.AppendAllText(stepSummary, table + "\n");
            if (parse.GetValue(junit) is { } junitPath) JUnitWriter.Write(verdict, junitPath);
            if (historyPath is not null) HistoryStore.Open(historyPath).RecordVerdict(candidateDir, verdict.Passed);
            output.WriteLine(verdict.Passed ? "gate: passed" : "gate: FAILED (regression)");
            return verdict.Passed ? ExitCodes.Success : ExitCodes.GateFailed;
        });
        command.Validators.Add(result =>
        {
            if (result.GetValue(baseline) is null && result.GetValue(history) is null)
                result.AddError("gate needs --baseline DIR or --history FILE");
        });
        return command;
    }

    private static MaterialisedRun BaselineFromHistory(string? historyPath, string? tag, string candidateDir)
    {
        var store = HistoryStore.Open(historyPath!);
        return store.MaterialiseBaseline(tag, candidateDir)
            ?? throw new UsageException(tag is null ? $"{historyPath}: no passing run recorded yet to use as a baseline (gate once with --baseline DIR --history FILE, or append a run with run --history)" : $"{historyPath}: no run tagged '{tag}'");
    }
}
