using System.Text.Json.Serialization;

namespace Evaluate.Core.Costs;

/// <summary>
/// One model's prices in US dollars per million tokens, as a price table gives them. Cached input is priced at
/// <see cref="CachedInput"/> when the table gives it, else at <see cref="Input"/>; reasoning tokens (part of the
/// completion tokens) at <see cref="Reasoning"/> when given, else at <see cref="Output"/>.
/// </summary>
/// <param name="Key">The table's key that matched the model (see <see cref="PriceTable.Find"/>).</param>
public sealed record TokenPrice(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("input")] double Input,
    [property: JsonPropertyName("cached_input")] double? CachedInput,
    [property: JsonPropertyName("output")] double Output,
    [property: JsonPropertyName("reasoning")] double? Reasoning)
{
    private const double PerMillion = 1_000_000;

    /// <summary>
    /// The dollars of one tally of tokens. Cached prompt tokens are part of the prompt tokens and reasoning tokens part of
    /// the completion tokens (as servers report them), so each token is priced once, at the rate of what it is.
    /// </summary>
    public double CostUsd(long promptTokens, long cachedPromptTokens, long completionTokens, long reasoningTokens)
    {
        var cached = Math.Clamp(cachedPromptTokens, 0, promptTokens);
        var reasoning = Math.Clamp(reasoningTokens, 0, completionTokens);
        return ((promptTokens - cached) * Input + cached * (CachedInput ?? Input)
                + (completionTokens - reasoning) * Output + reasoning * (Reasoning ?? Output)) / PerMillion;
    }

    /// <summary>The dollars one problem's record says it spent on the solving model (a judge's tokens are not in it).</summary>
    public double CostUsd(Running.ProblemRecord problem) =>
        CostUsd(problem.PromptTokens, problem.CachedPromptTokens, problem.CompletionTokens, problem.ReasoningTokens);
}
