using System.Text.Json.Serialization;
using Evaluate.Core.Suites;

namespace Evaluate.Core.Running;

/// <summary>
/// The outcome of one problem under one strategy: a line of problems.jsonl, written after all its samples.
/// A problem counts as done (for resuming) exactly when this line exists.
/// </summary>
public sealed record ProblemRecord
{
    [JsonPropertyName("run")] public required string Run { get; init; }
    [JsonPropertyName("model")] public required string Model { get; init; }
    /// <summary>The model is the embedded simulated reasoner, not a real language model.</summary>
    [JsonPropertyName("simulated")] public bool Simulated { get; init; }
    [JsonPropertyName("suite")] public required string Suite { get; init; }
    [JsonPropertyName("strategy")] public required string Strategy { get; init; }
    [JsonPropertyName("problem_id")] public required string ProblemId { get; init; }
    /// <summary>The problem's position in its cell's selection: summaries order by it, so record order never matters.</summary>
    [JsonPropertyName("problem_index")] public int ProblemIndex { get; init; }
    [JsonPropertyName("level")] public string? Level { get; init; }
    [JsonPropertyName("subject")] public string? Subject { get; init; }
    [JsonPropertyName("easy")] public bool Easy { get; init; }
    [JsonPropertyName("samples")] public required int Samples { get; init; }
    /// <summary>Index of the chosen sample, or null when the strategy does not choose (plain sampling).</summary>
    [JsonPropertyName("selected_index")] public int? SelectedIndex { get; init; }
    /// <summary>Correctness of the chosen sample; for strategies that do not choose, the share of correct samples.</summary>
    [JsonPropertyName("score")] public required double Score { get; init; }
    /// <summary>Answered model calls (a retried or refused request is not one).</summary>
    [JsonPropertyName("model_calls")] public int ModelCalls { get; init; }
    [JsonPropertyName("prompt_tokens")] public long PromptTokens { get; init; }
    [JsonPropertyName("completion_tokens")] public long CompletionTokens { get; init; }
    [JsonPropertyName("reasoning_tokens")] public long ReasoningTokens { get; init; }
    /// <summary>Prompt tokens the server read from its prompt cache (part of prompt_tokens); left out when none were reported.</summary>
    [JsonPropertyName("cached_prompt_tokens"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public long CachedPromptTokens { get; init; }
    [JsonPropertyName("reward_calls")] public int RewardCalls { get; init; }
    /// <summary>Prompt and completion tokens of a model-backed reward model (an LLM judge).</summary>
    [JsonPropertyName("reward_tokens")] public long RewardTokens { get; init; }
    /// <summary>Answered calls of the grading judge (--judge), cache hits included; left out when none, as are its tokens.</summary>
    [JsonPropertyName("judge_calls"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public int JudgeCalls { get; init; }
    [JsonPropertyName("judge_prompt_tokens"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public long JudgePromptTokens { get; init; }
    [JsonPropertyName("judge_completion_tokens"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public long JudgeCompletionTokens { get; init; }
    /// <summary>Judge calls answered from the response cache (apart from <see cref="CacheHits"/>, the model's).</summary>
    [JsonPropertyName("judge_cache_hits"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public int JudgeCacheHits { get; init; }
    /// <summary>Requests sent, refused and retried ones included (the network's share: may differ between runs).</summary>
    [JsonPropertyName("attempts")] public int Attempts { get; init; }
    /// <summary>Requests that repeated a failed one.</summary>
    [JsonPropertyName("retries")] public int Retries { get; init; }
    /// <summary>Model calls that failed for good.</summary>
    [JsonPropertyName("call_errors")] public int CallErrors { get; init; }
    /// <summary>Model calls answered from the response cache.</summary>
    [JsonPropertyName("cache_hits")] public int CacheHits { get; init; }
    /// <summary>Strategy notes (e.g. adaptive: escalated, saved_samples); null for strategies without any.</summary>
    [JsonPropertyName("notes"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyDictionary<string, string>? Notes { get; init; }
    [JsonPropertyName("error")] public string? Error { get; init; }
    /// <summary>
    /// Unexpected exceptions (bugs) met while solving, grading and analysing this problem (its samples' included, so a cell's total is the sum over its problem records): counted, never fatal, never a normal
    /// result. Left out of the line when zero (so runs without bugs keep their bytes).
    /// </summary>
    [JsonPropertyName("internal_errors"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public int InternalErrors { get; init; }
    /// <summary>The first <see cref="InternalErrorLog.MaxDetails"/> of them (site, exception type, message); left out when there are none.</summary>
    [JsonPropertyName("internal_error_details"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<InternalError>? InternalErrorDetails { get; init; }
    /// <summary>Samples re-asked for their final answer and what the re-asks cost (--reask); left out when the run does not re-ask.</summary>
    [JsonPropertyName("reask"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public Grading.Reasking.ReaskTally? Reask { get; init; }
}
