namespace Evaluate.Core.Strategies;

/// <summary>Compute one problem cost, counted by the metering decorator (strategies cannot under-report).</summary>
public sealed record ComputeSpent(int ModelCalls, long PromptTokens, long CompletionTokens, long ReasoningTokens, int RewardCalls)
{
    public static ComputeSpent Zero { get; } = new(0, 0, 0, 0, 0);

    public long TotalTokens => PromptTokens + CompletionTokens;

    public ComputeSpent Add(ComputeSpent other) => new(
        ModelCalls + other.ModelCalls, PromptTokens + other.PromptTokens, CompletionTokens + other.CompletionTokens,
        ReasoningTokens + other.ReasoningTokens, RewardCalls + other.RewardCalls);
}
