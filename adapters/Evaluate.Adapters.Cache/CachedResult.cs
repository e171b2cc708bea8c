using System.Text.Json;
using System.Text.Json.Serialization;
using Evaluate.Core.Models;

namespace Evaluate.Adapters.Cache;

/// <summary>A generation result as the cache stores it (JSON): the completions with usage and logprobs, and its calls.</summary>
internal sealed record CachedResult(
    [property: JsonPropertyName("calls")] int Calls,
    [property: JsonPropertyName("completions")] IReadOnlyList<CachedCompletion> Completions)
{
    public static string Serialize(GenerationResult result) => JsonSerializer.Serialize(new CachedResult(result.Calls,
        result.Completions.Select(c => new CachedCompletion(c.Text, c.Reasoning, c.FinishReason, c.Usage.PromptTokens, c.Usage.CompletionTokens,
            c.Usage.ReasoningTokens, c.Usage.Source.ToString(),
            c.Logprobs?.Select(l => new CachedLogprob(l.Token, l.Logprob, l.TopAlternatives.Select(a => new CachedAlternative(a.Token, a.Logprob)).ToList())).ToList())
            {
                CachedPromptTokens = c.Usage.CachedPromptTokens,
            }).ToList()));

    public static GenerationResult Deserialize(string json)
    {
        var cached = JsonSerializer.Deserialize<CachedResult>(json) ?? throw new JsonException("empty cache entry");
        return new GenerationResult(cached.Completions.Select(c => new Completion(c.Text, c.Reasoning, c.FinishReason,
            new TokenUsage(c.PromptTokens, c.CompletionTokens, c.ReasoningTokens, Enum.Parse<TokenCountSource>(c.Source)) { CachedPromptTokens = c.CachedPromptTokens },
            c.Logprobs?.Select(l => new TokenLogprob(l.Token, l.Logprob, l.Top.Select(a => (a.Token, a.Logprob)).ToList())).ToList())).ToList(), cached.Calls)
        {
            FromCache = true,
        };
    }
}

internal sealed record CachedCompletion(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("reasoning")] string? Reasoning,
    [property: JsonPropertyName("finish_reason")] string? FinishReason,
    [property: JsonPropertyName("prompt_tokens")] int PromptTokens,
    [property: JsonPropertyName("completion_tokens")] int CompletionTokens,
    [property: JsonPropertyName("reasoning_tokens")] int ReasoningTokens,
    [property: JsonPropertyName("token_source")] string Source,
    [property: JsonPropertyName("logprobs")] IReadOnlyList<CachedLogprob>? Logprobs)
{
    /// <summary>Absent in entries written before cached prompt tokens were kept (read as 0).</summary>
    [JsonPropertyName("cached_prompt_tokens"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int CachedPromptTokens { get; init; }
}

internal sealed record CachedLogprob(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("logprob")] double Logprob,
    [property: JsonPropertyName("top")] IReadOnlyList<CachedAlternative> Top);

internal sealed record CachedAlternative(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("logprob")] double Logprob);
