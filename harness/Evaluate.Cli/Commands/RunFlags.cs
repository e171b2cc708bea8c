using System.CommandLine;
using System.Globalization;
using Evaluate.Composition;
using Evaluate.Core;
using Evaluate.Core.Plans;

namespace Evaluate.Cli.Commands;

/// <summary>
/// The flags of `run`, each overriding the plan key of the same name. Component help (which models, suites,
/// strategies and reward models exist) is generated from the registries.
/// </summary>
public sealed class RunFlags(Registries registries)
{
    public Option<string?> Plan { get; } = new("--plan") { Description = "Run plan file (YAML or JSON): models × suites × strategies, k values, seeds, concurrency" };
    public Option<string[]> Model { get; } = new("--model") { Description = $"Model adapter spec (repeatable): {registries.Models.NameList()}, e.g. sim:skill=0.7 (see `evaluate models`)" };
    public Option<string?> ModelName { get; } = new("--model-name") { Description = "Model name sent to an OpenAI-compatible server" };
    public Option<string[]> BaseUrl { get; } = new("--base-url") { Description = "Base URL of an OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1; repeat it for several replicas (least-outstanding balancing, failover)" };
    public Option<string[]> Suite { get; } = new("--suite") { Description = $"Suite spec (repeatable): {registries.Suites.NameList()}, or a custom suite file path/suite.yaml (see `evaluate suites`)" };
    public Option<string[]> Strategy { get; } = new("--strategy") { Description = $"Strategy spec (repeatable): {registries.Strategies.NameList()}, e.g. beam:beams=4,expand=4 (see `evaluate strategies`)" };
    public Option<string?> Reward { get; } = new("--reward") { Description = $"Reward model for the ranking strategies: {registries.Rewards.NameList()} (see `evaluate rewards`)" };
    public Option<long?> MaxTokensPerProblem { get; } = new("--max-tokens-per-problem") { Description = "Compute budget: prompt, completion and judge tokens per problem" };
    public Option<int?> MaxCallsPerProblem { get; } = new("--max-calls-per-problem") { Description = "Compute budget: model calls per problem" };
    public Option<int?> N { get; } = new("--n") { Description = "Samples per problem for sampling strategies" };
    public Option<double?> Temperature { get; } = new("--temperature") { Description = "Sampling temperature for sampling strategies" };
    public Option<long?> Seed { get; } = new("--seed") { Description = "Base seed; sample i uses seed + i" };
    public Option<int?> Limit { get; } = new("--limit") { Description = "Run only the first N selected problems of each suite" };
    public Option<string?> Ids { get; } = new("--ids") { Description = "Comma-separated problem ids to run" };
    public Option<string?> Split { get; } = new("--split") { Description = "Split: test (default) or all" };
    public Option<string[]> Level { get; } = new("--level") { Description = "Only problems of this level (repeatable)" };
    public Option<double?> MinDifficulty { get; } = new("--min-difficulty") { Description = "Only problems with normalised difficulty ≥ X (0-1)" };
    public Option<double?> MaxDifficulty { get; } = new("--max-difficulty") { Description = "Only problems with normalised difficulty ≤ X (0-1)" };
    public Option<int?> Concurrency { get; } = new("--concurrency") { Description = "Problems solved at once" };
    public Option<int?> MaxTokens { get; } = new("--max-tokens") { Description = "Token limit of each model call" };
    public Option<string?> K { get; } = new("--k") { Description = "Comma-separated k values for pass@k / maj@k (default 1,2,4,… up to n)" };
    public Option<string?> Name { get; } = new("--name") { Description = "Run name (used in the default output directory)" };
    public Option<string?> Tokenizer { get; } = new("--tokenizer") { Description = $"Tokenizer for unreported counts and response analysis: {string.Join(", ", PlanValidator.Tokenizers)}" };
    public Option<string?> StepAggregate { get; } = new("--step-aggregate") { Description = "How per-step scores combine for rm@k and wmaj@k: last (default), min or product" };
    public Option<string?> Data { get; } = new("--data") { Description = "Dataset directory (default: $EVALUATE_DATA, else the user cache)" };
    public Option<string?> Out { get; } = new("--out") { Description = "Output directory (default results/<timestamp>-<name>)" };
    public Option<bool> Resume { get; } = new("--resume") { Description = "Continue an interrupted run in --out (refused when the plan differs from that run's)" };
    public Option<string?> Cache { get; } = new("--cache") { Description = "SQLite response cache file: answers it holds are not asked again (created when missing; safe to share between runs)" };
    public Option<double?> ProblemTimeout { get; } = new("--problem-timeout") { Description = "Seconds one problem may take, retries included; past it the problem is an error (default: none)" };
    public Option<string?> MaxErrors { get; } = new("--max-errors") { Description = "Errored problems tolerated before the run stops with exit 3: a count (10) or a share (5%); default 20%" };
    public Option<bool> AllowErrors { get; } = new("--allow-errors") { Description = "Exit 0 even when some problems errored (otherwise exit 4); errors are still shown and counted" };
    public Option<bool?> RetryErrors { get; } = new("--retry-errors") { Description = "On --resume, run errored problems again (default true; --retry-errors false keeps their errors)" };
    public Option<string?> History { get; } = new("--history") { Description = "Append the finished run's summary and records to this SQLite history database (see `report --history`, `gate --history`)" };
    public Option<string?> HistoryTag { get; } = new("--history-tag") { Description = "With --history: tag the entry (gate --history FILE --tag NAME compares with the latest run so tagged)" };
    public Option<string?> Shard { get; } = new("--shard") { Description = "Run one shard of every cell's problems: I/N (0-based), or auto (Kubernetes Indexed Job, SLURM array, EVALUATE_SHARD_INDEX/COUNT); merge the shards with `evaluate merge` (see docs/scale.md)" };
    public Option<int?> ShardCount { get; } = new("--shard-count") { Description = "With --shard auto: the number of shards where the engine does not say (Kubernetes: the Job's completions)" };
    public Option<bool> Report { get; } = new("--report") { Description = "Also write report.html (with charts and the sample browser) into the output directory" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[]
                 {
                     Plan, Model, ModelName, BaseUrl, Suite, Strategy, Reward, MaxTokensPerProblem, MaxCallsPerProblem, N, Temperature, Seed,
                     Limit, Ids, Split, Level, MinDifficulty, MaxDifficulty, Concurrency, MaxTokens, K, Name, Tokenizer, StepAggregate, Data, Out, Resume,
                     MaxErrors, AllowErrors, RetryErrors, Cache, ProblemTimeout, History, HistoryTag, Report, Shard, ShardCount,
                 })
            command.Options.Add(option);
    }

    /// <summary>The plan file (if any) with every given flag applied over it.</summary>
    public RunPlan Resolve(ParseResult parse)
    {
        var planPath = parse.GetValue(Plan);
        var plan = planPath is null ? new RunPlan() : RunPlanFile.Load(planPath);
        // One --base-url is the plan's base_url, several are base_urls; none keeps the plan's.
        var urls = NonEmpty(parse.GetValue(BaseUrl));
        return plan with
        {
            Models = NonEmpty(parse.GetValue(Model)) ?? plan.Models,
            Suites = NonEmpty(parse.GetValue(Suite)) ?? plan.Suites,
            Strategies = NonEmpty(parse.GetValue(Strategy)) ?? plan.Strategies,
            ModelName = parse.GetValue(ModelName) ?? plan.ModelName,
            BaseUrl = urls is null ? plan.BaseUrl : urls.Count == 1 ? urls[0] : null,
            BaseUrls = urls is null ? plan.BaseUrls : urls.Count > 1 ? urls : null,
            Reward = parse.GetValue(Reward) ?? plan.Reward,
            MaxTokensPerProblem = parse.GetValue(MaxTokensPerProblem) ?? plan.MaxTokensPerProblem,
            MaxCallsPerProblem = parse.GetValue(MaxCallsPerProblem) ?? plan.MaxCallsPerProblem,
            N = parse.GetValue(N) ?? plan.N,
            Temperature = parse.GetValue(Temperature) ?? plan.Temperature,
            Seed = parse.GetValue(Seed) ?? plan.Seed,
            Limit = parse.GetValue(Limit) ?? plan.Limit,
            Ids = SplitList(parse.GetValue(Ids)) ?? plan.Ids,
            Split = parse.GetValue(Split) ?? plan.Split,
            Levels = NonEmpty(parse.GetValue(Level)) ?? plan.Levels,
            MinDifficulty = parse.GetValue(MinDifficulty) ?? plan.MinDifficulty,
            MaxDifficulty = parse.GetValue(MaxDifficulty) ?? plan.MaxDifficulty,
            Concurrency = parse.GetValue(Concurrency) ?? plan.Concurrency,
            MaxTokens = parse.GetValue(MaxTokens) ?? plan.MaxTokens,
            K = ParseK(parse.GetValue(K)) ?? plan.K,
            Name = parse.GetValue(Name) ?? plan.Name,
            Tokenizer = parse.GetValue(Tokenizer) ?? plan.Tokenizer,
            StepAggregate = parse.GetValue(StepAggregate) ?? plan.StepAggregate,
            MaxErrors = parse.GetValue(MaxErrors) ?? plan.MaxErrors,
            Cache = parse.GetValue(Cache) ?? plan.Cache,
            ProblemTimeout = parse.GetValue(ProblemTimeout) ?? plan.ProblemTimeout,
            AllowErrors = parse.GetValue(AllowErrors) || plan.AllowErrors,
            RetryErrors = parse.GetValue(RetryErrors) ?? plan.RetryErrors,
        };
    }

    /// <summary>k values; a value that is not a whole number is a usage error naming --k (range checks: PlanValidator).</summary>
    public static IReadOnlyList<int>? ParseK(string? text) =>
        SplitList(text)?.Select(v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var k)
            ? k : throw new UsageException($"k (--k) values must be whole numbers, got '{v}'")).ToList();

    private static IReadOnlyList<string>? NonEmpty(string[]? values) => values is { Length: > 0 } ? values : null;

    private static IReadOnlyList<string>? SplitList(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
