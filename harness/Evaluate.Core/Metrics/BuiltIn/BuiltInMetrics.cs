namespace Evaluate.Core.Metrics.BuiltIn;

/// <summary>
/// The built-in metrics in the order summary.json lists them (k-indexed families are written together at each k, at the
/// place of the first one). <c>Registries.Metrics</c> starts with these; a suite, strategy or test adds its own there.
/// </summary>
public static class BuiltInMetrics
{
    public static readonly TokenDistributionMetric PromptTokens = new("prompt_tokens", s => s.PromptTokens);
    public static readonly TokenDistributionMetric CompletionTokens = new("completion_tokens", s => s.CompletionTokens, MetricReaders.Headline);
    public static readonly TokenDistributionMetric ReasoningTokens = new("reasoning_tokens", s => s.ReasoningTokens, MetricReaders.Headline);

    public static readonly MetricDescriptor MeanModelCalls = new("mean_model_calls_per_problem", MetricDirection.LowerIsBetter, MetricKind.Calls,
        "answered model calls per problem", Readers: MetricReaders.Headline | MetricReaders.Compare, Label: "calls / problem");
    public static readonly MetricDescriptor MeanTokens = new("mean_tokens_per_problem", MetricDirection.LowerIsBetter, MetricKind.Tokens,
        "prompt, completion and judge tokens per problem", Readers: MetricReaders.Compare);
    public static readonly MetricDescriptor MeanCompletionTokens = new("mean_completion_tokens_per_problem", MetricDirection.LowerIsBetter, MetricKind.Tokens,
        "completion tokens per problem", Readers: MetricReaders.Headline | MetricReaders.Compare, Label: "completion tokens / problem");

    public static IReadOnlyList<IMetric> All { get; } =
    [
        new CountsMetric(),
        new AccuracyMetric(),
        new AccuracyStandardErrorMetric(),
        new UntruncatedAccuracyMetric(),
        // Beside accuracy: how much of it rests on answers given only when asked again (written only for re-asking runs).
        new ReaskMetric(),
        new PassAtKMetric(),
        new PassHatKMetric(),
        new MajorityAtKMetric(),
        new ExpectedMajorityAtKMetric(),
        new RewardSelectionAtKMetric(RewardSelectionAtKMetric.RmAtK, RewardSelection.RewardAtK),
        new RewardSelectionAtKMetric(RewardSelectionAtKMetric.WmajAtK, RewardSelection.WeightedMajorityAtK),
        PromptTokens,
        CompletionTokens,
        ReasoningTokens,
        new SampleShareMetric(new("truncated_share", MetricDirection.LowerIsBetter, MetricKind.Proportion, "samples cut at the token limit"), s => s.Truncated),
        // no_answer_share under the name reasoning-model reports use; no_answer_share stays for the runs and rules that name it.
        new SampleShareMetric(new("empty_answer_share", MetricDirection.LowerIsBetter, MetricKind.Proportion,
            "samples with no extractable final answer (the same count as no_answer_share)"), s => s.NoAnswer),
        new SampleShareMetric(new("unclosed_think_share", MetricDirection.LowerIsBetter, MetricKind.Proportion,
            "samples whose thinking opened and never closed (no answer part began)"), s => s.UnclosedThink),
        new SampleShareMetric(new("no_answer_share", MetricDirection.LowerIsBetter, MetricKind.Proportion, "samples with no extractable answer"), s => s.NoAnswer),
        // How much of the score rests on answers the grader could not judge exactly (marked wrong, never confidently).
        new SampleShareMetric(new("ungradable_share", MetricDirection.LowerIsBetter, MetricKind.Proportion,
            "samples the grader could not judge exactly (unparseable answer or gold)"), s => s.Ungradable),
        new OverthinkingMetric(),
        new UnderthinkingMetric(),
        new TokenSourcesMetric(),
        new StrategyNotesMetric(),
        new ProblemMeanMetric(MeanModelCalls, p => p.ModelCalls),
        new ProblemMeanMetric(MeanTokens, p => p.PromptTokens + p.CompletionTokens + p.RewardTokens + p.JudgePromptTokens + p.JudgeCompletionTokens),
        new ProblemMeanMetric(MeanCompletionTokens, p => p.CompletionTokens),
        new ProblemMeanMetric(new("mean_reward_calls_per_problem", MetricDirection.LowerIsBetter, MetricKind.Calls, "reward-model calls per problem"), p => p.RewardCalls),
        new ProblemMeanMetric(new("mean_reward_tokens_per_problem", MetricDirection.LowerIsBetter, MetricKind.Tokens, "tokens of a model-backed judge per problem"), p => p.RewardTokens),
        new ErrorShareMetric(),
        new ProblemSumMetric(new("attempts", MetricDirection.Neutral, MetricKind.Count, "requests sent, refused and retried ones included"), p => p.Attempts),
        new ProblemSumMetric(new("retries", MetricDirection.LowerIsBetter, MetricKind.Count, "requests that repeated a failed one"), p => p.Retries),
        new ProblemSumMetric(new("call_errors", MetricDirection.LowerIsBetter, MetricKind.Count, "model calls that failed for good"), p => p.CallErrors),
        new ProblemSumMetric(new("cache_hits", MetricDirection.Neutral, MetricKind.Count, "model calls answered from the response cache"), p => p.CacheHits),
        new InternalErrorsMetric(),
        new CostMetric(),
        new JudgeMetric(),
    ];
}
