namespace Evaluate.Core.Models;

/// <summary>
/// One call to a model. Sampling parameters are always explicit because server defaults differ.
/// Sample i of the call uses seed <see cref="Seed"/> + i, so n samples in one call equal n single calls.
/// </summary>
public sealed record GenerationRequest
{
    public required IReadOnlyList<ChatMessage> Messages { get; init; }
    /// <summary>A partial assistant turn to continue (step-level search); null for a fresh answer.</summary>
    public string? AssistantPrefix { get; init; }
    public int N { get; init; } = 1;
    public double Temperature { get; init; }
    public double TopP { get; init; } = 1.0;
    public long Seed { get; init; }
    public IReadOnlyList<string> Stop { get; init; } = [];
    public int MaxTokens { get; init; } = 4096;
    /// <summary>Number of top alternatives per token to return; null asks for no logprobs.</summary>
    public int? TopLogprobs { get; init; }
}
