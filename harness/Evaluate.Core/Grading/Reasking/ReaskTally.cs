using System.Text.Json.Serialization;

namespace Evaluate.Core.Grading.Reasking;

/// <summary>
/// A problem's re-asks as problems.jsonl records them (<c>"reask"</c>, present exactly when the run re-asks, even with
/// none to make): how many samples were re-asked, how many of those the re-ask gave an extractable answer, and the
/// re-ask calls and tokens. Those calls and tokens are also inside the problem's model_calls and token counts (they are
/// model calls like any other); they are kept apart here so every reader can show what re-asking cost.
/// </summary>
public sealed record ReaskTally
{
    [JsonPropertyName("samples")] public int Samples { get; init; }
    [JsonPropertyName("recovered")] public int Recovered { get; init; }
    [JsonPropertyName("calls")] public int Calls { get; init; }
    [JsonPropertyName("prompt_tokens")] public long PromptTokens { get; init; }
    [JsonPropertyName("completion_tokens")] public long CompletionTokens { get; init; }
    [JsonPropertyName("cache_hits"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public int CacheHits { get; init; }
}
