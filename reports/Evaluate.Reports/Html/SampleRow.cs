using System.Text.Json.Serialization;

namespace Evaluate.Reports.Html;

/// <summary>One sample as the sample browser shows it (short JSON names: a large run embeds many of these).</summary>
public sealed record SampleRow(
    [property: JsonPropertyName("run")] string Run,
    [property: JsonPropertyName("suite")] string Suite,
    [property: JsonPropertyName("strategy")] string Strategy,
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("id")] string ProblemId,
    [property: JsonPropertyName("i")] int SampleIndex,
    [property: JsonPropertyName("level")] string Level,
    [property: JsonPropertyName("ok")] bool Correct,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("extracted")] string? Extracted,
    [property: JsonPropertyName("gold")] string Gold,
    [property: JsonPropertyName("selected")] bool Selected,
    [property: JsonPropertyName("flip")] string Flip,
    [property: JsonPropertyName("response")] string Response,
    [property: JsonPropertyName("reasoning")] string? Reasoning,
    [property: JsonPropertyName("rounds")] IReadOnlyList<string> Rounds,
    [property: JsonPropertyName("tokens")] int CompletionTokens);
