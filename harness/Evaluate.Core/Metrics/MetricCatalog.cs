using System.Globalization;
using System.Text.RegularExpressions;

namespace Evaluate.Core.Metrics;

/// <summary>
/// Every metric summary.json can hold, with its direction, kind and interval (as lm-evaluation-harness's metric
/// registry declares them). The k-indexed families (pass@k, maj@k, maj@k_expected, rm@k, wmaj@k) are matched by
/// pattern. A test checks that every metric a run writes is described here, so a new metric cannot be added
/// without saying which way is better.
/// </summary>
public static partial class MetricCatalog
{
    private static readonly MetricDescriptor[] Fixed =
    [
        new("problems", MetricDirection.Neutral, MetricKind.Count, "problems in the cell"),
        new("errors", MetricDirection.LowerIsBetter, MetricKind.Count, "problems whose model calls failed (not scored: accuracy and pass@k are over the answered ones)"),
        new("samples", MetricDirection.Neutral, MetricKind.Count, "graded samples"),
        new("accuracy", MetricDirection.HigherIsBetter, MetricKind.Proportion, "mean problem score (the chosen answer, or the share of correct samples)", Ci: "accuracy_ci95"),
        new("accuracy_ci95", MetricDirection.Neutral, MetricKind.Interval, "95% percentile bootstrap interval of accuracy", IntervalOf: "accuracy"),
        new("truncated_share", MetricDirection.LowerIsBetter, MetricKind.Proportion, "samples cut at the token limit"),
        new("ungradable_share", MetricDirection.LowerIsBetter, MetricKind.Proportion, "samples the grader could not judge exactly (unparseable answer or gold)"),
        new("no_answer_share", MetricDirection.LowerIsBetter, MetricKind.Proportion, "samples with no extractable answer"),
        new("outcome_efficiency", MetricDirection.HigherIsBetter, MetricKind.Proportion, "tokens up to the first correct solution over all tokens (Chen et al. 2024)"),
        new("process_efficiency", MetricDirection.HigherIsBetter, MetricKind.Proportion, "tokens of solutions adding a new answer or approach over all tokens"),
        new("solution_rounds_mean", MetricDirection.Neutral, MetricKind.Ratio, "solutions stated per response"),
        new("tokens_after_first_correct_mean", MetricDirection.LowerIsBetter, MetricKind.Tokens, "tokens spent after the first correct solution"),
        new("first_correct_round_share", MetricDirection.HigherIsBetter, MetricKind.Proportion, "correct responses whose first solution is correct"),
        new("easy_to_hard_token_ratio", MetricDirection.LowerIsBetter, MetricKind.Ratio, "mean completion tokens on easy over hard problems"),
        new("truncation_rate", MetricDirection.LowerIsBetter, MetricKind.Proportion, "responses cut at the token limit (efficiency view)"),
        new("accuracy_when_truncated", MetricDirection.HigherIsBetter, MetricKind.Proportion, "accuracy of truncated responses"),
        new("marker_counts", MetricDirection.Neutral, MetricKind.Table, "reflection markers per response"),
        new("token_sources", MetricDirection.Neutral, MetricKind.Table, "samples by where their token counts came from"),
        new("strategy_notes", MetricDirection.Neutral, MetricKind.Table, "strategy notes summarised over problems"),
        new("mean_model_calls_per_problem", MetricDirection.LowerIsBetter, MetricKind.Calls, "answered model calls per problem"),
        new("mean_tokens_per_problem", MetricDirection.LowerIsBetter, MetricKind.Tokens, "prompt, completion and judge tokens per problem"),
        new("mean_completion_tokens_per_problem", MetricDirection.LowerIsBetter, MetricKind.Tokens, "completion tokens per problem"),
        new("mean_reward_calls_per_problem", MetricDirection.LowerIsBetter, MetricKind.Calls, "reward-model calls per problem"),
        new("mean_reward_tokens_per_problem", MetricDirection.LowerIsBetter, MetricKind.Tokens, "tokens of a model-backed judge per problem"),
        new("error_share", MetricDirection.LowerIsBetter, MetricKind.Proportion, "problems whose model calls failed, of all problems"),
        new("attempts", MetricDirection.Neutral, MetricKind.Count, "requests sent, refused and retried ones included"),
        new("retries", MetricDirection.LowerIsBetter, MetricKind.Count, "requests that repeated a failed one"),
        new("call_errors", MetricDirection.LowerIsBetter, MetricKind.Count, "model calls that failed for good"),
        new("cache_hits", MetricDirection.Neutral, MetricKind.Count, "model calls answered from the response cache"),
    ];

    private static readonly string[] TokenStatistics = ["mean", "median", "p90"];
    private static readonly string[] TokenFields = ["prompt_tokens", "completion_tokens", "reasoning_tokens"];

    public static IReadOnlyList<MetricDescriptor> FixedMetrics => Fixed;

    /// <summary>The descriptor of <paramref name="name"/>, or null when no metric of that name exists.</summary>
    public static MetricDescriptor? Find(string name)
    {
        foreach (var d in Fixed)
            if (d.Name == name) return d;
        foreach (var statistic in TokenStatistics)
            foreach (var field in TokenFields)
                if (name == $"{statistic}_{field}")
                    return new(name, MetricDirection.LowerIsBetter, MetricKind.Tokens, $"{statistic} {field.Replace('_', ' ')} per sample");
        var match = AtK().Match(name);
        if (!match.Success) return null;
        var k = int.Parse(match.Groups["k"].Value, CultureInfo.InvariantCulture);
        var description = match.Groups["family"].Value switch
        {
            "pass" => $"unbiased pass@{k} (Chen et al. 2021)",
            "maj" when match.Groups["expected"].Success => $"maj@{k} expected over random {k}-subsets",
            "maj" => $"majority vote over the first {k} answers",
            "rm" => $"the reward model's top-scored of the first {k}",
            _ => $"reward-weighted vote over the first {k}",
        };
        if (match.Groups["expected"].Success && match.Groups["family"].Value != "maj") return null;
        return new(name, MetricDirection.HigherIsBetter, MetricKind.Proportion, description);
    }

    /// <summary>The descriptor, or a <see cref="KeyNotFoundException"/> naming the metric (a bug: every metric is catalogued).</summary>
    public static MetricDescriptor Describe(string name) =>
        Find(name) ?? throw new KeyNotFoundException($"metric '{name}' is not in the metric catalog");

    /// <summary>k of a k-indexed metric (pass@8 → 8), or null.</summary>
    public static int? KOf(string name)
    {
        var match = AtK().Match(name);
        return match.Success ? int.Parse(match.Groups["k"].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^(?<family>pass|maj|rm|wmaj)@(?<k>[1-9][0-9]{0,8})(?<expected>_expected)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AtK();
}
