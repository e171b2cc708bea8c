using Evaluate.Core.Models;

namespace Evaluate.Adapters.Replay;

/// <summary>
/// What a replay line may say about how its responses were made: the model calls and prompt tokens (per call, as a
/// server reports them) they took, how their token counts were obtained, each response's thinking text, reasoning
/// tokens and finish reason. Each is null when the line does not say; the replay then reports no calls, counts prompt
/// tokens locally and takes counts from <c>tokens</c> as reported.
/// </summary>
public sealed record ReplayRecordedFacts(
    int? Calls,
    int? PromptTokens,
    TokenCountSource? TokenSource,
    IReadOnlyList<string?>? Reasoning,
    IReadOnlyList<int>? ReasoningTokens,
    IReadOnlyList<string?>? FinishReasons)
{
    public static ReplayRecordedFacts None { get; } = new(null, null, null, null, null, null);
}
