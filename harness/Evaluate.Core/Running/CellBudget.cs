using System.Text.Json.Serialization;

namespace Evaluate.Core.Running;

/// <summary>
/// The budget of one cell of a budget sweep: how many tokens, which setting they set (a strategy's budget option such
/// as <c>max_thinking</c>, else <c>max_tokens</c>, the per-call cap) and the strategy without its budget, so readers
/// can draw one line per strategy through its budgets. Absent (null) on cells of runs without budgets.
/// </summary>
public sealed record CellBudget(
    [property: JsonPropertyName("tokens")] int Tokens,
    [property: JsonPropertyName("sets")] string Sets,
    [property: JsonPropertyName("strategy")] string Strategy);
