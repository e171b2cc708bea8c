using System.Text.Json.Serialization;

namespace Evaluate.Reports.Html;

/// <summary>
/// One sample as the sample browser shows it (short JSON names: a large run embeds many of these). The response is
/// the answer part and <see cref="Reasoning"/> the thinking, split as the analyser split them; <see cref="AnswerMarks"/>
/// and <see cref="ReasoningMarks"/> are where solution rounds end (<see cref="RoundMarks"/>); <see cref="Prompt"/> is
/// the index of the problem's prompt in the embedded prompt list, or -1 when the run recorded none.
/// </summary>
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
    [property: JsonPropertyName("tokens")] int CompletionTokens,
    [property: JsonPropertyName("am")] IReadOnlyList<int[]> AnswerMarks,
    [property: JsonPropertyName("rm")] IReadOnlyList<int[]> ReasoningMarks,
    [property: JsonPropertyName("p")] int Prompt)
{
    /// <summary>The reply of a re-ask (--reask) when the response had no final answer (the extracted answer is its); left out otherwise.</summary>
    [JsonPropertyName("reask"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Reask { get; init; }
    /// <summary>What the judge (--judge) said of this sample, its verdict or error then the end of its reply; left out when no judge was asked.</summary>
    [JsonPropertyName(Evaluate.Core.Grading.Judging.JudgeRecord.Field), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Judge { get; init; }
}
