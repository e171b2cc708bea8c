using System.CommandLine;
using Evaluate.Composition;
using Evaluate.Core.Plans;

namespace Evaluate.Cli.Commands;

/// <summary>
/// `evaluate replay --suite S --input FILE`: score recorded generations without calling any model. The same as
/// `run --model replay:FILE --strategy replay` (the model and strategy that declare
/// recorded answers, see <see cref="Registries.RecordedAnswers"/>), so samples.jsonl and summary.json match a live run's.
/// </summary>
public static class ReplayCommand
{
    public static Command Create(Registries registries)
    {
        var suite = new Option<string>("--suite") { Description = "The suite the recorded problems belong to (name or custom suite .yaml)", Required = true };
        var input = new Option<string>("--input") { Description = "Replay JSONL: {\"id\", \"responses\": [...], \"scores\"?, \"tokens\"?, \"problem\"?, \"gold\"?, \"calls\"?, \"prompt_tokens\"?, …} per line (README: Replay)", Required = true };
        var output = new Option<string?>("--out") { Description = "Output directory (default results/<timestamp>-<name>)" };
        var data = new Option<string?>("--data") { Description = "Dataset directory (default: $EVALUATE_DATA, else the user cache)" };
        var k = new Option<string?>("--k") { Description = "Comma-separated k values (default 1,2,4,… up to n)" };
        var stepAggregate = new Option<string?>("--step-aggregate") { Description = "How per-step scores combine for rm@k and wmaj@k: last (default), min or product" };
        var name = new Option<string?>("--name") { Description = "Run name (default: replay)" };
        var tokenizer = new Option<string?>("--tokenizer") { Description = "Tokenizer for counts the file does not give: o200k_base (default), o200k_harmony, approx" };
        var history = new Option<string?>("--history") { Description = "Append the finished run to this SQLite history database" };
        var historyTag = new Option<string?>("--history-tag") { Description = "With --history: tag the entry (a baseline for gate --tag)" };
        var report = new Option<bool>("--report") { Description = "Also write report.html into the output directory" };
        // Recorded responses cannot answer a new question: the re-asks go to a live model named here (docs/grading.md: Re-ask).
        var reask = new Option<bool>("--reask") { Description = "Ask a live model (--reask-model) once more for only the final answer of each recorded response that has none" };
        var reaskModel = new Option<string?>("--reask-model") { Description = "With --reask: the model spec answering the re-asks, e.g. sim or openai:model=M,base_url=URL" };
        var judge = new Option<string?>("--judge") { Description = Composition.Judging.JudgePlanKeys.Judge.Help };
        var judgeAudit = new Option<string?>("--judge-audit") { Description = Composition.Judging.JudgePlanKeys.JudgeAudit.Help };
        var traces = new Option<bool>("--traces") { Description = Core.Traces.TracePlanKeys.Traces.Help };
        var cache = new Option<string?>("--cache") { Description = "SQLite response cache for the re-asks and the judge's calls (answers it holds are not asked again; created when missing)" };
        var command = new Command("replay", "Grade recorded generations (no model call); writes the same files as `run`")
        {
            suite, input, output, data, k, stepAggregate, name, tokenizer, history, historyTag, report, reask, reaskModel, judge, judgeAudit, cache, traces,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            // The model that declares recorded answers, with the strategy it declares for replaying them as they are.
            var recorded = registries.RecordedAnswers[0];
            var defaults = new RunPlan();
            var plan = defaults with
            {
                Name = parse.GetValue(name) ?? recorded.Model,
                Models = [recorded.SpecFor(parse.GetValue(input)!)],
                Suites = [parse.GetValue(suite)!],
                Strategies = [recorded.Strategy],
                StepAggregate = parse.GetValue(stepAggregate) ?? defaults.StepAggregate,
                Tokenizer = parse.GetValue(tokenizer) ?? defaults.Tokenizer,
                Reask = parse.GetValue(reask) ? true : null,
                ReaskModel = parse.GetValue(reaskModel),
                Cache = parse.GetValue(cache),
                Traces = parse.GetValue(traces) ? true : null,
            };
            if (parse.GetValue(k) is { } ks) plan = RunFlags.Apply(plan, PlanKeys.K, PlanText.Of(ks));
            if (parse.GetValue(judge) is { } judgeSpec) plan = RunFlags.Apply(plan, Composition.Judging.JudgePlanKeys.Judge, PlanText.Of(judgeSpec));
            if (parse.GetValue(judgeAudit) is { } share) plan = RunFlags.Apply(plan, Composition.Judging.JudgePlanKeys.JudgeAudit, PlanText.Of(share));
            var options = new RunJobOptions(parse.GetValue(data), parse.GetValue(output), Resume: false, parse.InvocationConfiguration.Output);
            return await RunCommand.ExecuteAsync(plan, registries, options, cancellationToken,
                new AfterRun(parse.GetValue(history), parse.GetValue(report), parse.GetValue(historyTag), registries.MetricCatalog)).ConfigureAwait(false);
        });
        return command;
    }
}
