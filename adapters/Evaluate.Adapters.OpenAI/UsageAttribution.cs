using System.Text.Json.Nodes;
using Evaluate.Core.Models;

namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// Turns a response's usage object into per-choice token counts.
/// The usage object covers the whole call: with one choice its numbers are used as reported; with several choices
/// the totals cannot be split fairly (choices differ in length), so each choice's completion tokens are counted locally.
/// Prompt tokens are per call and the same for every choice. Reasoning tokens are often missing and then counted
/// locally on the reasoning text. Any locally counted number marks the usage <see cref="TokenCountSource.Counted"/>.
/// </summary>
internal static class UsageAttribution
{
    public static IReadOnlyList<TokenUsage> Attribute(JsonNode? usage, IReadOnlyList<ParsedChoice> choices, ITokenCounter counter, Func<string> promptForCounting)
    {
        var reportedPrompt = usage?["prompt_tokens"].AsInt();
        var reportedCompletion = usage?["completion_tokens"].AsInt();
        var reportedReasoning = usage?["completion_tokens_details"]?["reasoning_tokens"].AsInt();
        // Cached prompt tokens are billed at a lower rate; only the server knows them (absent: none are claimed).
        var reportedCached = usage?["prompt_tokens_details"]?["cached_tokens"].AsInt();
        var single = choices.Count == 1;

        var promptTokens = reportedPrompt ?? counter.CountTokens(promptForCounting());
        var result = new List<TokenUsage>(choices.Count);
        foreach (var choice in choices)
        {
            var counted = reportedPrompt is null;
            var reasoningTextTokens = string.IsNullOrEmpty(choice.Reasoning) ? 0 : counter.CountTokens(choice.Reasoning);

            int completion;
            if (single && reportedCompletion is int c) completion = c;
            else
            {
                completion = counter.CountTokens(choice.Text) + reasoningTextTokens;
                counted = true;
            }

            int reasoning;
            if (single && reportedReasoning is int r) reasoning = r;
            else
            {
                reasoning = reasoningTextTokens;
                // No reasoning text and no report means no reasoning: nothing was estimated.
                counted |= reasoningTextTokens > 0;
            }

            // A local tokenizer may disagree with the server's; reasoning is part of completion tokens, never more.
            completion = Math.Max(completion, reasoning);
            result.Add(new TokenUsage(promptTokens, completion, reasoning, counted ? TokenCountSource.Counted : TokenCountSource.Reported)
            {
                CachedPromptTokens = reportedPrompt is null ? 0 : Math.Clamp(reportedCached ?? 0, 0, promptTokens),
            });
        }
        return result;
    }
}
