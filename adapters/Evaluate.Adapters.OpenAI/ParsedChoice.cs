using Evaluate.Core.Models;

namespace Evaluate.Adapters.OpenAI;

/// <summary>One choice of a response before token usage is attributed to it.</summary>
internal sealed record ParsedChoice(string Text, string? Reasoning, string? FinishReason, IReadOnlyList<TokenLogprob>? Logprobs);
