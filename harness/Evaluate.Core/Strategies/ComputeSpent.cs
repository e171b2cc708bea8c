namespace Evaluate.Core.Strategies;

/// <summary>Compute one problem cost, counted by the metering decorator (strategies cannot under-report).</summary>
/// <param name="RewardCalls">Reward-model invocations; for a model-backed judge, each request it made.</param>
/// <param name="RewardTokens">Prompt and completion tokens of a model-backed judge's requests.</param>
public sealed record ComputeSpent(int ModelCalls, long PromptTokens, long CompletionTokens, long ReasoningTokens, int RewardCalls, long RewardTokens = 0)
{
    public static ComputeSpent Zero { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Every token this problem cost, the judge's included: what the token budget counts.</summary>
    public long TotalTokens => PromptTokens + CompletionTokens + RewardTokens;

    public ComputeSpent Add(ComputeSpent other) => new(
        ModelCalls + other.ModelCalls, PromptTokens + other.PromptTokens, CompletionTokens + other.CompletionTokens,
        ReasoningTokens + other.ReasoningTokens, RewardCalls + other.RewardCalls, RewardTokens + other.RewardTokens);
}
