using System.Text.Json.Serialization;
using Evaluate.Core.Analysis;
using Evaluate.Core.Suites;

namespace Evaluate.Core.Running;

/// <summary>
/// One graded sample: a line of samples.jsonl. Holds no wall-clock values, so the same seed gives the same bytes;
/// latencies live in timings.jsonl.
/// </summary>
public sealed record SampleRecord
{
    [JsonPropertyName("run")] public required string Run { get; init; }
    [JsonPropertyName("model")] public required string Model { get; init; }
    /// <summary>The model is the embedded simulated reasoner, not a real language model.</summary>
    [JsonPropertyName("simulated")] public bool Simulated { get; init; }
    [JsonPropertyName("suite")] public required string Suite { get; init; }
    [JsonPropertyName("strategy")] public required string Strategy { get; init; }
    [JsonPropertyName("problem_id")] public required string ProblemId { get; init; }
    /// <summary>The problem's position in its cell's selection (see <see cref="ProblemRecord.ProblemIndex"/>).</summary>
    [JsonPropertyName("problem_index")] public int ProblemIndex { get; init; }
    [JsonPropertyName("sample_index")] public required int SampleIndex { get; init; }
    [JsonPropertyName("level")] public string? Level { get; init; }
    [JsonPropertyName("subject")] public string? Subject { get; init; }
    [JsonPropertyName("easy")] public bool Easy { get; init; }
    [JsonPropertyName("response")] public required string Response { get; init; }
    [JsonPropertyName("reasoning")] public string? Reasoning { get; init; }
    [JsonPropertyName("extracted")] public string? Extracted { get; init; }
    [JsonPropertyName("gold")] public required string Gold { get; init; }
    [JsonPropertyName("correct")] public required bool Correct { get; init; }
    [JsonPropertyName("reason")] public required string Reason { get; init; }
    /// <summary>Who decided <see cref="Correct"/>: <c>rule</c> or <c>judge</c> (see docs/grading.md, the cascade); left out when the run has no judge.</summary>
    [JsonPropertyName("verdict_source"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? VerdictSource { get; init; }
    /// <summary>The judge's call on this sample (a fallback or an audit); left out when the judge was not asked.</summary>
    [JsonPropertyName(Grading.Judging.JudgeRecord.Field), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public Grading.Judging.JudgeRecord? Judge { get; init; }
    /// <summary>Vote class: index of the first sample of this problem whose answer is equivalent (-1: no answer).</summary>
    [JsonPropertyName("answer_class")] public required int AnswerClass { get; init; }
    [JsonPropertyName("selected")] public bool Selected { get; init; }
    [JsonPropertyName("score")] public double? Score { get; init; }
    [JsonPropertyName("step_scores")] public IReadOnlyList<double>? StepScores { get; init; }
    [JsonPropertyName("prompt_tokens")] public int PromptTokens { get; init; }
    [JsonPropertyName("completion_tokens")] public int CompletionTokens { get; init; }
    [JsonPropertyName("reasoning_tokens")] public int ReasoningTokens { get; init; }
    /// <summary>Prompt tokens the server read from its prompt cache (part of prompt_tokens); left out when none were reported.</summary>
    [JsonPropertyName("cached_prompt_tokens"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public int CachedPromptTokens { get; init; }
    [JsonPropertyName("token_source")] public string TokenSource { get; init; } = "reported";
    [JsonPropertyName("finish_reason")] public string? FinishReason { get; init; }
    [JsonPropertyName("truncated")] public bool Truncated { get; init; }
    /// <summary>
    /// The response opened its thinking and never closed it (<see cref="Analysis.UnclosedThink"/>). Left out of the line
    /// when false, so runs without such responses keep their bytes and older runs read as false.
    /// </summary>
    [JsonPropertyName("unclosed_think"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public bool UnclosedThink { get; init; }
    /// <summary>Solution rounds, token positions and markers of the response (overthinking measures).</summary>
    [JsonPropertyName("analysis")] public SampleAnalysis? Analysis { get; init; }
    /// <summary>The strategy's notes on this sample (see <see cref="Strategies.Candidate.Notes"/>); left out when it has none, so other runs keep their bytes.</summary>
    [JsonPropertyName("notes"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyDictionary<string, string>? Notes { get; init; }
    /// <summary>
    /// Unexpected exceptions (bugs) met while grading and analysing this sample: counted, never fatal, never a normal
    /// result. Left out of the line when zero (so runs without bugs keep their bytes).
    /// </summary>
    [JsonPropertyName("internal_errors"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public int InternalErrors { get; init; }
    /// <summary>The first <see cref="InternalErrorLog.MaxDetails"/> of them (site, exception type, message); left out when there are none.</summary>
    [JsonPropertyName("internal_error_details"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<InternalError>? InternalErrorDetails { get; init; }
    /// <summary>The response had no final answer and the model was asked for it once more (--reask); left out when false.</summary>
    [JsonPropertyName("reasked"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public bool Reasked { get; init; }
    /// <summary>That re-ask: its reply (bounded; <c>extracted</c> came from it) and tokens; left out without one.</summary>
    [JsonPropertyName("reask"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public Grading.Reasking.ReaskAnswer? Reask { get; init; }
}
