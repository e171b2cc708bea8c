using System.Text.Json.Serialization;
using Evaluate.Core.Running;

namespace Evaluate.Core.Metrics;

/// <summary>
/// A samples.jsonl line read for the summary: only the fields the metrics use. The serializer skips the others
/// (response and reasoning text, round details) without materialising them, so summarising a million samples does not
/// allocate their text (issue 12: that garbage, not the kept facts, was most of the summary's memory).
/// </summary>
public sealed record SampleFactsLine
{
    [JsonPropertyName("model")] public required string Model { get; init; }
    [JsonPropertyName("suite")] public required string Suite { get; init; }
    [JsonPropertyName("strategy")] public required string Strategy { get; init; }
    [JsonPropertyName("problem_id")] public required string ProblemId { get; init; }
    [JsonPropertyName("problem_index")] public int ProblemIndex { get; init; }
    [JsonPropertyName("sample_index")] public required int SampleIndex { get; init; }
    [JsonPropertyName("level")] public string? Level { get; init; }
    [JsonPropertyName("subject")] public string? Subject { get; init; }
    [JsonPropertyName("easy")] public bool Easy { get; init; }
    /// <summary>Read only to know whether an answer was extracted.</summary>
    [JsonPropertyName("extracted")] public string? Extracted { get; init; }
    [JsonPropertyName("correct")] public required bool Correct { get; init; }
    [JsonPropertyName("reason")] public required string Reason { get; init; }
    [JsonPropertyName("answer_class")] public required int AnswerClass { get; init; }
    [JsonPropertyName("score")] public double? Score { get; init; }
    [JsonPropertyName("step_scores")] public IReadOnlyList<double>? StepScores { get; init; }
    [JsonPropertyName("prompt_tokens")] public int PromptTokens { get; init; }
    [JsonPropertyName("completion_tokens")] public int CompletionTokens { get; init; }
    [JsonPropertyName("reasoning_tokens")] public int ReasoningTokens { get; init; }
    [JsonPropertyName("token_source")] public string TokenSource { get; init; } = "reported";
    [JsonPropertyName("truncated")] public bool Truncated { get; init; }
    /// <summary>Absent in runs written before it existed: read as false.</summary>
    [JsonPropertyName("unclosed_think")] public bool UnclosedThink { get; init; }
    [JsonPropertyName("analysis")] public AnalysisFactsLine? Analysis { get; init; }
    /// <summary>The answer came from a re-ask (--reask); absent otherwise.</summary>
    [JsonPropertyName("reasked")] public bool Reasked { get; init; }
    /// <summary>Absent when the run had no judge.</summary>
    [JsonPropertyName("verdict_source")] public string? VerdictSource { get; init; }
    [JsonPropertyName(Grading.Judging.JudgeRecord.Field)] public JudgeFactsLine? Judge { get; init; }

    public RunKey Key => new(Model, Suite, Strategy);

    /// <summary>The same facts from a whole record (records graded in process, tests).</summary>
    public static SampleFactsLine Of(SampleRecord s) => new()
    {
        Model = s.Model, Suite = s.Suite, Strategy = s.Strategy, ProblemId = s.ProblemId, ProblemIndex = s.ProblemIndex, SampleIndex = s.SampleIndex,
        Level = s.Level, Subject = s.Subject, Easy = s.Easy, Extracted = s.Extracted, Correct = s.Correct, Reason = s.Reason,
        AnswerClass = s.AnswerClass, Score = s.Score, StepScores = s.StepScores, PromptTokens = s.PromptTokens,
        CompletionTokens = s.CompletionTokens, ReasoningTokens = s.ReasoningTokens, TokenSource = s.TokenSource, Truncated = s.Truncated, UnclosedThink = s.UnclosedThink, Reasked = s.Reasked,
        VerdictSource = s.VerdictSource, Judge = s.Judge is { } j ? new JudgeFactsLine { Audit = j.Audit, Verdict = j.Verdict, Error = j.Error } : null,
        Analysis = s.Analysis is { } a
            ? new AnalysisFactsLine
            {
                Rounds = a.Rounds, FirstCorrectRound = a.FirstCorrectRound, TokensAfterFirstCorrect = a.TokensAfterFirstCorrect,
                Markers = a.Markers, ThoughtSwitches = a.ThoughtSwitches, Truncated = a.Truncated, OutcomeEfficiency = a.OutcomeEfficiency, ProcessEfficiency = a.ProcessEfficiency,
            }
            : null,
    };
}

/// <summary>The part of a sample's analysis the overthinking measures read.</summary>
public sealed record AnalysisFactsLine
{
    [JsonPropertyName("rounds")] public required int Rounds { get; init; }
    [JsonPropertyName("first_correct_round")] public int? FirstCorrectRound { get; init; }
    [JsonPropertyName("tokens_after_first_correct")] public int? TokensAfterFirstCorrect { get; init; }
    [JsonPropertyName("markers")] public required IReadOnlyDictionary<string, int> Markers { get; init; }
    [JsonPropertyName("thought_switches")] public int? ThoughtSwitches { get; init; }
    [JsonPropertyName("truncated")] public required bool Truncated { get; init; }
    [JsonPropertyName("outcome_efficiency")] public required double OutcomeEfficiency { get; init; }
    [JsonPropertyName("process_efficiency")] public required double ProcessEfficiency { get; init; }
}

/// <summary>The part of a sample's judge record the judge metrics read.</summary>
public sealed record JudgeFactsLine
{
    [JsonPropertyName("audit")] public bool Audit { get; init; }
    [JsonPropertyName("verdict")] public string? Verdict { get; init; }
    [JsonPropertyName("error")] public string? Error { get; init; }
}
