namespace Evaluate.Core.Plans;

/// <summary>
/// Checks every plan value that can be checked before the first model call, naming the value as the plan file and the
/// flag call it (<c>k</c> / <c>--k</c>). Component specs are checked by their registries when the run is composed.
/// </summary>
public static class PlanValidator
{
    public static readonly IReadOnlyList<string> Tokenizers = ["o200k_base", "o200k_harmony", "approx"];
    public static readonly IReadOnlyList<string> StepAggregates = ["last", "min", "product"];
    public static readonly IReadOnlyList<string> Splits = ["test", "all"];

    public static void Check(RunPlan plan)
    {
        if (plan.Models.Count == 0) Fail("models", "names no model");
        if (plan.Suites.Count == 0) Fail("suites", "names no suite");
        if (plan.Strategies.Count == 0) Fail("strategies", "names no strategy");
        if (string.IsNullOrWhiteSpace(plan.Name)) Fail("name", "is empty");
        if (plan.K is { } ks)
        {
            if (ks.Count == 0) Fail("k", "names no k");
            foreach (var k in ks)
                if (k < 1) Fail("k", $"values must be at least 1, got {k}");
            if (ks.Distinct().Count() != ks.Count) Fail("k", $"names a value twice ({string.Join(",", ks)})");
        }
        if (plan.Limit is < 1) Fail("limit", $"must be at least 1, got {plan.Limit}");
        if (plan.Concurrency < 1) Fail("concurrency", $"must be at least 1, got {plan.Concurrency}");
        if (plan.MaxTokens < 1) Fail("max_tokens", $"must be at least 1, got {plan.MaxTokens}");
        if (plan.MaxTokensPerProblem is < 1) Fail("max_tokens_per_problem", $"must be at least 1, got {plan.MaxTokensPerProblem}");
        if (plan.MaxCallsPerProblem is < 1) Fail("max_calls_per_problem", $"must be at least 1, got {plan.MaxCallsPerProblem}");
        if (plan.N is < 1) Fail("n", $"must be at least 1, got {plan.N}");
        if (plan.Temperature is { } t && (!double.IsFinite(t) || t < 0)) Fail("temperature", $"must be a finite number ≥ 0, got {t}");
        CheckDifficulty("min_difficulty", plan.MinDifficulty);
        CheckDifficulty("max_difficulty", plan.MaxDifficulty);
        if (plan.MinDifficulty > plan.MaxDifficulty) Fail("min_difficulty", $"({plan.MinDifficulty}) is above max_difficulty ({plan.MaxDifficulty})");
        if (plan.Split is { } split && !Splits.Contains(split)) Fail("split", $"must be one of {string.Join(", ", Splits)}, got '{split}'");
        if (plan.Ids is { Count: 0 }) Fail("ids", "names no id");
        if (plan.BaseUrls is not null && plan.BaseUrl is not null) Fail("base_urls", "and base_url are both set: list every replica under base_urls");
        if (plan.BaseUrls is { } replicas && replicas.Distinct().Count() != replicas.Count) Fail("base_urls", $"names an endpoint twice ({string.Join(", ", replicas)})");
        if (!Tokenizers.Contains(plan.Tokenizer))
            Fail("tokenizer", $"must be one of {string.Join(", ", Tokenizers)}, got '{plan.Tokenizer}'{Components.DidYouMean.Suggest(plan.Tokenizer, Tokenizers)}");
        if (plan.ProblemTimeout is { } deadline && (!double.IsFinite(deadline) || deadline <= 0))
            Fail("problem_timeout", $"must be a positive number of seconds, got {deadline}");
        if (plan.MaxErrors is { } maxErrors) Running.ErrorLimit.Parse(maxErrors);
        if (!StepAggregates.Contains(plan.StepAggregate)) Fail("step_aggregate", $"must be one of {string.Join(", ", StepAggregates)}, got '{plan.StepAggregate}'");
    }

    private static void CheckDifficulty(string key, double? value)
    {
        if (value is { } d && (!double.IsFinite(d) || d < 0 || d > 1)) Fail(key, $"must be in [0, 1] (difficulty is normalised), got {d}");
    }

    private static readonly Dictionary<string, string> Flags = new()
    {
        ["models"] = "--model", ["suites"] = "--suite", ["strategies"] = "--strategy", ["levels"] = "--level",
    };

    private static void Fail(string key, string problem) =>
        throw new UsageException($"{key} ({Flags.GetValueOrDefault(key) ?? "--" + key.Replace('_', '-')}) {problem}");
}
