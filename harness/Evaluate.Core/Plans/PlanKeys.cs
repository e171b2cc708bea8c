using System.Globalization;
using static Evaluate.Core.Plans.PlanRules;

namespace Evaluate.Core.Plans;

/// <summary>
/// The core's plan keys, each declared once. Their order is the order of `run --help` and of the manifest's plan
/// (so it must not change: summary.json embeds it). Keys a component declares (see <see cref="PlanKey.Setting{T}"/>)
/// are added by the composition root to a <see cref="PlanKeyTable"/>; in the manifest they follow
/// <see cref="ComponentSettingsFollow"/>.
/// </summary>
public static class PlanKeys
{
    public static readonly PlanKey<string> Name = new("name", PlanTypes.Text, p => p.Name, (p, v) => p with { Name = v },
        "Run name (used in the default output directory)") { Rule = v => string.IsNullOrWhiteSpace(v) ? "is empty" : null, Identity = v => v };

    public static readonly PlanKey<IReadOnlyList<string>> Models = new("models", PlanTypes.List, p => p.Models, (p, v) => p with { Models = v },
        "Model adapter spec (repeatable): {names}, e.g. sim:skill=0.7 (see `evaluate models`)", "--model") { Lists = "model adapter", Rule = DistinctComponents("model") };

    public static readonly PlanKey<IReadOnlyList<string>> Suites = new("suites", PlanTypes.List, p => p.Suites, (p, v) => p with { Suites = v },
        "Suite spec (repeatable): {names}, or a custom suite file path/suite.yaml (see `evaluate suites`)", "--suite") { Lists = "suite", Rule = DistinctComponents("suite") };

    public static readonly PlanKey<IReadOnlyList<string>> Strategies = new("strategies", PlanTypes.List, p => p.Strategies, (p, v) => p with { Strategies = v },
        "Strategy spec (repeatable): {names}, e.g. beam:beams=4,expand=4 (see `evaluate strategies`)", "--strategy") { Lists = "strategy", Rule = DistinctComponents("strategy") };

    public static readonly PlanKey<bool> SkipMissingSuites = new("skip_missing_suites", PlanTypes.Flag, p => p.SkipMissingSuites, (p, v) => p with { SkipMissingSuites = v },
        "Skip suites whose data is missing instead of failing (the main job runs whatever is present)");

    public static readonly IReadOnlyList<string> Splits = ["test", "all"];

    public static readonly PlanKey<string?> Split = new("split", PlanTypes.OptionalText, p => p.Split, (p, v) => p with { Split = v },
        "Split: test (default) or all") { Rule = v => OneOf(v, Splits, hint: false), Identity = v => v ?? "test" };

    public static readonly PlanKey<IReadOnlyList<string>?> Ids = new("ids", PlanTypes.CommaList, p => p.Ids, (p, v) => p with { Ids = v },
        "Comma-separated problem ids to run") { Rule = v => v is { Count: 0 } ? "names no id" : null, Identity = v => v is null ? "" : string.Join(",", v) };

    public static readonly PlanKey<IReadOnlyList<string>?> Levels = new("levels", PlanTypes.OptionalList, p => p.Levels, (p, v) => p with { Levels = v },
        "Only problems of this level (repeatable)", "--level") { Identity = v => v is null ? "" : string.Join(",", v), IdentityName = "level" };

    public static readonly PlanKey<double?> MinDifficulty = new("min_difficulty", PlanTypes.OptionalNumber, p => p.MinDifficulty, (p, v) => p with { MinDifficulty = v },
        "Only problems with normalised difficulty ≥ X (0-1)")
        { Rule = Difficulty, Across = p => p.MinDifficulty > p.MaxDifficulty ? $"({p.MinDifficulty}) is above max_difficulty ({p.MaxDifficulty})" : null, Identity = Text };

    public static readonly PlanKey<double?> MaxDifficulty = new("max_difficulty", PlanTypes.OptionalNumber, p => p.MaxDifficulty, (p, v) => p with { MaxDifficulty = v },
        "Only problems with normalised difficulty ≤ X (0-1)") { Rule = Difficulty, Identity = Text };

    public static readonly PlanKey<int?> Limit = new("limit", PlanTypes.OptionalWholeNumber, p => p.Limit, (p, v) => p with { Limit = v },
        "Run only the first N selected problems of each suite") { Rule = v => AtLeastOne(v), Identity = Text };

    public static readonly PlanKey<long> Seed = new("seed", PlanTypes.LongNumber, p => p.Seed, (p, v) => p with { Seed = v },
        "Base seed; sample i uses seed + i") { Identity = Text };

    /// <summary>How many problems run at once: changes no result, so it is not recorded in the manifest (run.json has it).</summary>
    public static readonly PlanKey<int> Concurrency = new("concurrency", PlanTypes.WholeNumber, p => p.Concurrency, (p, v) => p with { Concurrency = v },
        "Problems solved at once") { InManifest = false, Rule = v => AtLeastOne<int>(v) };

    public static readonly PlanKey<int> MaxTokens = new("max_tokens", PlanTypes.WholeNumber, p => p.MaxTokens, (p, v) => p with { MaxTokens = v },
        "Token limit of each model call") { Rule = v => AtLeastOne<int>(v), Identity = Text };

    /// <summary>A budget sweep; left out of the manifest while unset, so runs without one keep their bytes.</summary>
    public static readonly PlanKey<IReadOnlyList<int>?> Budgets = new("budgets", SweepBudgets.Type, p => p.Budgets, (p, v) => p with { Budgets = v },
        "Budget sweep: comma-separated token budgets; each strategy runs once per budget (its budget option, e.g. max_thinking, else max_tokens)")
        { Rule = SweepBudgets.Problem, OmitWhenUnset = true };

    public static readonly PlanKey<IReadOnlyList<int>?> K = new("k", PlanTypes.WholeNumbers, p => p.K, (p, v) => p with { K = v },
        "Comma-separated k values for pass@k / maj@k (default 1,2,4,… up to n)") { Rule = KValues, Identity = v => v is null ? "default" : string.Join(",", v) };

    public static readonly PlanKey<long?> MaxTokensPerProblem = new("max_tokens_per_problem", PlanTypes.OptionalLongNumber, p => p.MaxTokensPerProblem,
        (p, v) => p with { MaxTokensPerProblem = v }, "Compute budget: prompt, completion and judge tokens per problem") { Rule = v => AtLeastOne(v), Identity = Text };

    public static readonly PlanKey<int?> MaxCallsPerProblem = new("max_calls_per_problem", PlanTypes.OptionalWholeNumber, p => p.MaxCallsPerProblem,
        (p, v) => p with { MaxCallsPerProblem = v }, "Compute budget: model calls per problem") { Rule = v => AtLeastOne(v), Identity = Text };

    /// <summary>Default sampling for strategies that sample, unless their spec says otherwise.</summary>
    public static readonly PlanKey<int?> N = new("n", PlanTypes.OptionalWholeNumber, p => p.N, (p, v) => p with { N = v },
        "Samples per problem for sampling strategies") { Rule = v => AtLeastOne(v) };

    public static readonly PlanKey<double?> Temperature = new("temperature", PlanTypes.OptionalNumber, p => p.Temperature, (p, v) => p with { Temperature = v },
        "Sampling temperature for sampling strategies") { Rule = v => v is { } t && !(t >= 0 && t <= 2) ? $"must be in [0, 2], got {Text(t)}" : null };

    // Protocol presets (docs/protocols.md): added after manifests existed, so each is left out of the manifest and the
    // fingerprint while unset (older runs keep their bytes and fingerprints).
    public static readonly PlanKey<double?> TopP = new("top_p", PlanTypes.OptionalNumber, p => p.TopP, (p, v) => p with { TopP = v },
        "Nucleus sampling mass for the sample and budget-forcing strategies, unless their spec says otherwise")
        { OmitWhenUnset = true, Rule = v => v is { } t && !(t > 0 && t <= 1) ? $"must be in (0, 1], got {Text(t)}" : null };

    public static readonly PlanKey<string?> Protocol = new("protocol", PlanTypes.OptionalText, p => p.Protocol, (p, v) => p with { Protocol = v },
        "Protocol preset: a name in evals/protocols (r1) or a preset file; sets sampling, n per suite and the prompt suffix (explicit keys and flags win)")
        { OmitWhenUnset = true, Rule = v => v is not null && string.IsNullOrWhiteSpace(v) ? "is empty" : null, Identity = v => v! };

    public static readonly PlanKey<string?> PromptSuffix = new("prompt_suffix", PlanTypes.OptionalText, p => p.PromptSuffix, (p, v) => p with { PromptSuffix = v },
        "Text appended (after a blank line) to the last user message of every suite's prompt")
        { OmitWhenUnset = true, Rule = v => v is not null && string.IsNullOrWhiteSpace(v) ? "is empty" : null, Identity = v => v! };

    public static readonly PlanKey<IReadOnlyList<string>?> NPerSuite = new("n_per_suite", PlanTypes.CommaList, p => p.NPerSuite, (p, v) => p with { NPerSuite = v },
        "Samples per problem by suite (aime24=64,amc23=16): n for sampling strategies on those suites; other suites use n")
        { OmitWhenUnset = true, Rule = v => Protocols.SuiteSampleCounts.Problem(v), Identity = v => v is null ? null! : string.Join(",", v) };

    public static readonly PlanKey<string?> Reward = new("reward", PlanTypes.OptionalText, p => p.Reward, (p, v) => p with { Reward = v },
        "Reward model for the ranking strategies: {names} (see `evaluate rewards`)") { Lists = "reward model" };

    public static readonly IReadOnlyList<string> TokenizerNames = ["o200k_base", "o200k_harmony", "approx"];

    /// <summary>Tokenizer for counts servers do not report and for positions inside responses.</summary>
    public static readonly PlanKey<string> Tokenizer = new("tokenizer", PlanTypes.Text, p => p.Tokenizer, (p, v) => p with { Tokenizer = v },
        $"Tokenizer for unreported counts and response analysis: {string.Join(", ", TokenizerNames)}") { Rule = v => OneOf(v, TokenizerNames, hint: true), Identity = v => v };

    public static readonly IReadOnlyList<string> StepAggregates = ["last", "min", "product"];

    /// <summary>How per-step scores combine into one score for rm@k and wmaj@k.</summary>
    public static readonly PlanKey<string> StepAggregate = new("step_aggregate", PlanTypes.Text, p => p.StepAggregate, (p, v) => p with { StepAggregate = v },
        "How per-step scores combine for rm@k and wmaj@k: last (default), min or product") { Rule = v => OneOf(v, StepAggregates, hint: false), Identity = v => v };

    // Below: what decides whether a run goes on or stops, or where answers come from, never what it records: not in the manifest.
    public static readonly PlanKey<string?> Cache = new("cache", PlanTypes.OptionalText, p => p.Cache, (p, v) => p with { Cache = v },
        "SQLite response cache file: answers it holds are not asked again (created when missing; safe to share between runs)") { InManifest = false };

    public static readonly PlanKey<string?> MaxErrors = new("max_errors", PlanTypes.OptionalText, p => p.MaxErrors, (p, v) => p with { MaxErrors = v },
        "Errored problems tolerated before the run stops with exit 3: a count (10) or a share (5%); default 20%")
        { InManifest = false, Rule = v => { if (v is not null) Running.ErrorLimit.Parse(v); return null; } };

    public static readonly PlanKey<double?> ProblemTimeout = new("problem_timeout", PlanTypes.OptionalNumber, p => p.ProblemTimeout, (p, v) => p with { ProblemTimeout = v },
        "Seconds one problem may take, retries included; past it the problem is an error (default: none)")
        { InManifest = false, Rule = v => v is { } d && (!double.IsFinite(d) || d <= 0) ? $"must be a positive number of seconds, got {d}" : null };

    public static readonly PlanKey<bool> AllowErrors = new("allow_errors", PlanTypes.Flag, p => p.AllowErrors, (p, v) => p with { AllowErrors = v },
        "Exit 0 even when some problems errored (otherwise exit 4); errors are still shown and counted") { InManifest = false };

    public static readonly PlanKey<bool> RetryErrors = new("retry_errors", PlanTypes.Flag, p => p.RetryErrors, (p, v) => p with { RetryErrors = v },
        "On --resume, run errored problems again (default true; --retry-errors false keeps their errors)") { InManifest = false };

    /// <summary>Where the prices come from; the manifest records the prices used (manifest.json "prices"), not the path.</summary>
    public static readonly PlanKey<string?> Prices = new("prices", PlanTypes.OptionalText, p => p.Prices, (p, v) => p with { Prices = v },
        "Price table (prices.yaml: USD per million input, cached-input, output and reasoning tokens per model) for cost_usd, cost_per_problem and cost_per_correct")
        { InManifest = false };

    public static readonly PlanKey<double?> MaxCost = new("max_cost", PlanTypes.OptionalNumber, p => p.MaxCost, (p, v) => p with { MaxCost = v },
        "Stop the run (exit 3, resumable) once this invocation has spent this many US dollars by the price table")
        { InManifest = false, Rule = v => v is { } d && (!double.IsFinite(d) || d <= 0) ? $"must be a positive number of US dollars, got {Text(d)}" : null };

    /// <summary>
    /// Marks results, changes none: recorded in the manifest (so every reader can mark cells) but not in the identity,
    /// and left out while unset so earlier manifests keep their bytes.
    /// </summary>
    public static readonly PlanKey<string?> Released = new("released", PlanTypes.OptionalText, p => p.Released, (p, v) => p with { Released = v },
        "The model's release date or knowledge cutoff, YYYY-MM or YYYY-MM-DD: cells of suites dated before it are marked \"possibly contaminated\"")
        { OmitWhenUnset = true, Rule = Evaluate.Core.Suites.PartialDate.Problem };

    private static string Text<T>(T value) where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);

    private static string Text<T>(T? value) where T : struct, IFormattable => value is { } v ? Text(v) : "";

    /// <summary>Every core key, in manifest and help order.</summary>
    public static readonly IReadOnlyList<PlanKey> All =
    [
        Name, Models, Suites, Strategies, SkipMissingSuites, Split, Ids, Levels, MinDifficulty, MaxDifficulty, Limit, Seed, Concurrency,
        MaxTokens, Budgets, K, MaxTokensPerProblem, MaxCallsPerProblem, N, Temperature, Reward, Tokenizer, StepAggregate, Cache, MaxErrors,
        ProblemTimeout, AllowErrors, RetryErrors, Released,
        TopP, Protocol, PromptSuffix, NPerSuite, Prices, MaxCost,
        Grading.Reasking.ReaskPlanKeys.Reask, Grading.Reasking.ReaskPlanKeys.ReaskModel,
        Traces.TracePlanKeys.Traces,
    ];

    /// <summary>The key after which components' settings are written in the manifest (where they have always been).</summary>
    public static PlanKey ComponentSettingsFollow => Temperature;
}
