using System.CommandLine;
using Evaluate.Cli.Composition;
using Evaluate.Core.Plans;

namespace Evaluate.Cli.Commands;

/// <summary>`evaluate run`: a plan file and/or flags; flags override the plan.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var planOption = new Option<string?>("--plan") { Description = "Run plan file (YAML or JSON): models × suites × strategies, k values, seeds, concurrency" };
        var model = new Option<string[]>("--model") { Description = "Model adapter spec, e.g. sim, sim:skill=0.7,overthink=0.5, openai (repeatable)", AllowMultipleArgumentsPerToken = false };
        var modelName = new Option<string?>("--model-name") { Description = "Model name sent to an OpenAI-compatible server" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Base URL of an OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1" };
        var suite = new Option<string[]>("--suite") { Description = "Suite spec: game24, gsm8k, math500, omni-math, probes (repeatable; e.g. game24:prompt=io)" };
        var strategy = new Option<string[]>("--strategy") { Description = "Strategy spec: greedy, sample, majority, early-stop, best-of-n, weighted-majority, beam, tot-bfs, tot-dfs, mcts, adaptive (repeatable; e.g. beam:beams=4,expand=4)" };
        var reward = new Option<string?>("--reward") { Description = "Reward model for best-of-n, weighted-majority, beam, mcts: oracle, sim:d=2,noise=1, judge:mode=yesno|rating" };
        var maxTokensPerProblem = new Option<long?>("--max-tokens-per-problem") { Description = "Compute budget: prompt + completion tokens per problem" };
        var maxCallsPerProblem = new Option<int?>("--max-calls-per-problem") { Description = "Compute budget: model calls per problem" };
        var n = new Option<int?>("--n") { Description = "Samples per problem for sampling strategies" };
        var temperature = new Option<double?>("--temperature") { Description = "Sampling temperature for sampling strategies" };
        var seed = new Option<long?>("--seed") { Description = "Base seed; sample i uses seed + i" };
        var limit = new Option<int?>("--limit") { Description = "Run only the first N selected problems of each suite" };
        var ids = new Option<string?>("--ids") { Description = "Comma-separated problem ids to run" };
        var split = new Option<string?>("--split") { Description = "Split: test (default) or all" };
        var level = new Option<string[]>("--level") { Description = "Only problems of this level (repeatable)" };
        var minDifficulty = new Option<double?>("--min-difficulty") { Description = "Only problems with normalised difficulty ≥ X (0-1)" };
        var maxDifficulty = new Option<double?>("--max-difficulty") { Description = "Only problems with normalised difficulty ≤ X (0-1)" };
        var concurrency = new Option<int?>("--concurrency") { Description = "Problems solved at once" };
        var maxTokens = new Option<int?>("--max-tokens") { Description = "Token limit of each model call" };
        var k = new Option<string?>("--k") { Description = "Comma-separated k values for pass@k / maj@k (default 1,2,4,… up to n)" };
        var name = new Option<string?>("--name") { Description = "Run name (used in the default output directory)" };
        var data = new Option<string?>("--data") { Description = "Dataset directory (default: $EVALUATE_DATA, else the user cache)" };
        var output = new Option<string?>("--out") { Description = "Output directory (default results/<timestamp>-<name>)" };
        var stepAggregate = new Option<string?>("--step-aggregate") { Description = "How per-step scores combine for rm@k and wmaj@k: last (default), min or product" };
        stepAggregate.AcceptOnlyFromAmong("last", "min", "product");
        var tokenizer = new Option<string?>("--tokenizer") { Description = "Tokenizer for unreported counts and response analysis: o200k_base (default), o200k_harmony, approx" };
        var resume = new Option<bool>("--resume") { Description = "Continue an interrupted run in --out, skipping finished problems" };

        var command = new Command("run", "Evaluate models on suites with strategies; writes samples.jsonl, summary.json and summary.csv")
        {
            planOption, model, modelName, baseUrl, suite, strategy, n, temperature, seed, limit, ids, split, level,
            minDifficulty, maxDifficulty, concurrency, maxTokens, k, name, tokenizer, stepAggregate, data, output, resume,
        };
        // Reward model and compute budget (search strategies); added here to keep the option list above untouched.
        command.Options.Add(reward);
        command.Options.Add(maxTokensPerProblem);
        command.Options.Add(maxCallsPerProblem);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var planPath = parse.GetValue(planOption);
            var plan = planPath is null ? new RunPlan() : RunPlanFile.Load(planPath);
            plan = plan with
            {
                Models = NonEmpty(parse.GetValue(model)) ?? plan.Models,
                Suites = NonEmpty(parse.GetValue(suite)) ?? plan.Suites,
                Strategies = NonEmpty(parse.GetValue(strategy)) ?? plan.Strategies,
                ModelName = parse.GetValue(modelName) ?? plan.ModelName,
                BaseUrl = parse.GetValue(baseUrl) ?? plan.BaseUrl,
                N = parse.GetValue(n) ?? plan.N,
                Temperature = parse.GetValue(temperature) ?? plan.Temperature,
                Seed = parse.GetValue(seed) ?? plan.Seed,
                Limit = parse.GetValue(limit) ?? plan.Limit,
                Ids = SplitList(parse.GetValue(ids)) ?? plan.Ids,
                Split = parse.GetValue(split) ?? plan.Split,
                Levels = NonEmpty(parse.GetValue(level)) ?? plan.Levels,
                MinDifficulty = parse.GetValue(minDifficulty) ?? plan.MinDifficulty,
                MaxDifficulty = parse.GetValue(maxDifficulty) ?? plan.MaxDifficulty,
                Concurrency = parse.GetValue(concurrency) ?? plan.Concurrency,
                MaxTokens = parse.GetValue(maxTokens) ?? plan.MaxTokens,
                K = SplitList(parse.GetValue(k))?.Select(v => int.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToList() ?? plan.K,
                Name = parse.GetValue(name) ?? plan.Name,
                Tokenizer = parse.GetValue(tokenizer) ?? plan.Tokenizer,
                StepAggregate = parse.GetValue(stepAggregate) ?? plan.StepAggregate,
            };
            plan = plan with
            {
                Reward = parse.GetValue(reward) ?? plan.Reward,
                MaxTokensPerProblem = parse.GetValue(maxTokensPerProblem) ?? plan.MaxTokensPerProblem,
                MaxCallsPerProblem = parse.GetValue(maxCallsPerProblem) ?? plan.MaxCallsPerProblem,
            };
            var job = new RunJob(plan, parse.GetValue(data), parse.GetValue(output), parse.GetValue(resume), Console.Out);
            return await job.ExecuteAsync(cancellationToken);
        });
        return command;
    }

    private static IReadOnlyList<string>? NonEmpty(string[]? values) => values is { Length: > 0 } ? values : null;

    private static IReadOnlyList<string>? SplitList(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
