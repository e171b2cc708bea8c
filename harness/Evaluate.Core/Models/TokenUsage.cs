namespace Evaluate.Core.Models;

/// <summary>Where a token count came from: the server's usage report, or counted locally.</summary>
public enum TokenCountSource { Reported, Counted, Simulated }

/// <summary>Tokens of one completion. Reasoning tokens are part of completion tokens, as in the OpenAI usage object.</summary>
public sealed record TokenUsage(int PromptTokens, int CompletionTokens, int ReasoningTokens, TokenCountSource Source = TokenCountSource.Reported)
{
    public static TokenUsage Zero { get; } = new(0, 0, 0);
}
