namespace Evaluate.Core.Strategies;

/// <summary>Compute one problem cost, counted by the metering decorator (strategies cannot under-report).</summary>
/// <param name="ModelCalls">Answered model calls: what compute figures and the call budget count.</param>
/// <param name="RewardCalls">Reward-model invocations; for a model-backed judge, each request it made.</param>
/// <param name="RewardTokens">Prompt and completion tokens of a model-backed judge's requests.</param>
public sealed record ComputeSpent(int ModelCalls, long PromptTokens, long CompletionTokens, long ReasoningTokens, int RewardCalls, long RewardTokens = 0)
{
    public static ComputeSpent Zero { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Requests sent to the model, refused and retried ones included (the network's share, not the strategy's).</summary>
    public int Attempts { get; init; }

    /// <summary>Requests that repeated a failed one.</summary>
    public int Retries { get; init; }

    /// <summary>Model calls that failed for good (after their retries).</summary>
    public int CallErrors { get; init; }

    /// <summary>Calls answered from the response cache (counted in <see cref="ModelCalls"/> as well: the same compute).</summary>
    public int CacheHits { get; init; }

    /// <summary>Prompt tokens the server read from its prompt cache (part of <see cref="PromptTokens"/>).</summary>
    public long CachedPromptTokens { get; init; }

    /// <summary>Every token this problem cost, the judge's included: what the token budget counts.</summary>
    public long TotalTokens => PromptTokens + CompletionTokens + RewardTokens;

    public ComputeSpent Add(ComputeSpent other) => new(
        ModelCalls + other.ModelCalls, PromptTokens + other.PromptTokens, CompletionTokens + other.CompletionTokens,
        ReasoningTokens + other.ReasoningTokens, RewardCalls + other.RewardCalls, RewardTokens + other.RewardTokens)
    {
        Attempts = Attempts + other.Attempts, Retries = Retries + other.Retries, CallErrors = CallErrors + other.CallErrors,
        CacheHits = CacheHits + other.CacheHits, CachedPromptTokens = CachedPromptTokens + other.CachedPromptTokens,
    };
}
