namespace Evaluate.Core.Models;

/// <summary>Where a token count came from: the server's usage report, or counted locally.</summary>
public enum TokenCountSource { Reported, Counted, Simulated }

/// <summary>Tokens of one completion. Reasoning tokens are part of completion tokens, as in the OpenAI usage object.</summary>
public sealed record TokenUsage(int PromptTokens, int CompletionTokens, int ReasoningTokens, TokenCountSource Source = TokenCountSource.Reported)
{
    /// <summary>
    /// Prompt tokens the server says it read from its prompt cache (OpenAI's <c>prompt_tokens_details.cached_tokens</c>):
    /// part of <see cref="PromptTokens"/>, never more; 0 when the server does not say. Priced at the cached-input rate.
    /// </summary>
    public int CachedPromptTokens { get; init; }

    public static TokenUsage Zero { get; } = new(0, 0, 0);
}
