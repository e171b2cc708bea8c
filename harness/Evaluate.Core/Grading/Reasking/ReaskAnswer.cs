using System.Text.Json.Serialization;

namespace Evaluate.Core.Grading.Reasking;

/// <summary>
/// The re-ask of one answerless sample as samples.jsonl records it (<c>"reask"</c>): the reply, bounded to
/// <see cref="MaxRecorded"/> characters (its answer was extracted from the whole reply), and its own tokens. The
/// sample's <c>response</c> stays the original; the reply is graded only because the original had no final answer.
/// </summary>
public sealed record ReaskAnswer
{
    /// <summary>Characters of the reply kept in the record: a boxed answer fits many times over.</summary>
    public const int MaxRecorded = 1000;

    [JsonPropertyName("response")] public required string Response { get; init; }
    [JsonPropertyName("prompt_tokens")] public int PromptTokens { get; init; }
    [JsonPropertyName("completion_tokens")] public int CompletionTokens { get; init; }
    [JsonPropertyName("finish_reason")] public string? FinishReason { get; init; }
    /// <summary>Answered from the response cache (the call still counts, as every cached call does).</summary>
    [JsonPropertyName("cached"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public bool Cached { get; init; }

    /// <summary>The reply as graded: whole, never the bounded copy.</summary>
    [JsonIgnore] public string Whole { get; init; } = "";

    public static ReaskAnswer Of(Models.Completion reply, bool cached) => new()
    {
        Response = reply.Text.Length <= MaxRecorded ? reply.Text : reply.Text[..MaxRecorded] + "…",
        Whole = reply.Text,
        PromptTokens = reply.Usage.PromptTokens, CompletionTokens = reply.Usage.CompletionTokens,
        FinishReason = reply.FinishReason, Cached = cached,
    };
}
