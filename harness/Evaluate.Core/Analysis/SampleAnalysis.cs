using System.Text.Json.Serialization;

namespace Evaluate.Core.Analysis;

/// <summary>
/// Overthinking measures of one generated sample (Chen et al. 2024). Token figures are over reasoning + response,
/// counted with the encoding named in <see cref="Encoding"/>.
/// </summary>
public sealed record SampleAnalysis
{
    [JsonPropertyName("encoding")] public required string Encoding { get; init; }
    [JsonPropertyName("rounds")] public required int Rounds { get; init; }
    [JsonPropertyName("round_details")] public required IReadOnlyList<SolutionRound> RoundDetails { get; init; }
    /// <summary>0-based index of the first round whose answer is correct; null when none is.</summary>
    [JsonPropertyName("first_correct_round")] public int? FirstCorrectRound { get; init; }
    [JsonPropertyName("tokens_to_first_correct_end")] public int? TokensToFirstCorrectEnd { get; init; }
    [JsonPropertyName("total_tokens")] public required int TotalTokens { get; init; }
    [JsonPropertyName("tokens_after_first_correct")] public int? TokensAfterFirstCorrect { get; init; }
    /// <summary>Answer classes among the rounds under the sample's equivalence predicate.</summary>
    [JsonPropertyName("distinct_answers")] public required int DistinctAnswers { get; init; }
    /// <summary>Some later round states an answer not equivalent to round one's (even if a still later round returns to it).</summary>
    [JsonPropertyName("answer_changed_after_first")] public required bool AnswerChangedAfterFirst { get; init; }
    /// <summary>The last round's answer is not equivalent to round one's: stopping after round one would have answered differently.</summary>
    [JsonPropertyName("final_answer_changed_by_later_rounds")] public required bool FinalAnswerChangedByLaterRounds { get; init; }
    /// <summary>A correct round exists but the last round is wrong: thinking on talked the model out of a right answer.</summary>
    [JsonPropertyName("correct_answer_abandoned")] public required bool CorrectAnswerAbandoned { get; init; }
    /// <summary>Count per marker, keys in <see cref="ReflectionMarkers.Names"/> order.</summary>
    [JsonPropertyName("markers")] public required IReadOnlyDictionary<string, int> Markers { get; init; }
    /// <summary>Thought-switch markers in the analysed text (<see cref="ThoughtSwitchMarkers"/>); null in records written before they were counted.</summary>
    [JsonPropertyName("thought_switches")] public int? ThoughtSwitches { get; init; }
    [JsonPropertyName("reasoning_tokens")] public required int ReasoningTokens { get; init; }
    [JsonPropertyName("answer_tokens")] public required int AnswerTokens { get; init; }
    /// <summary>The server stopped at the token limit (finish_reason "length").</summary>
    [JsonPropertyName("truncated")] public required bool Truncated { get; init; }
    /// <summary>This sample's term of outcome efficiency: tokens to the end of the first correct round / all tokens (0 without one).</summary>
    [JsonPropertyName("outcome_efficiency")] public required double OutcomeEfficiency { get; init; }
    /// <summary>This sample's term of process efficiency: tokens of new rounds / all tokens.</summary>
    [JsonPropertyName("process_efficiency")] public required double ProcessEfficiency { get; init; }
    /// <summary>The text was longer than the analysis cap or had more rounds than the cap; measures cover the analysed part.</summary>
    [JsonPropertyName("clipped")] public required bool Clipped { get; init; }
}
