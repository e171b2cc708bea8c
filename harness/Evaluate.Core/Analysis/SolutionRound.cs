using System.Text.Json.Serialization;

namespace Evaluate.Core.Analysis;

/// <summary>One solution round: the text from the end of the previous round up to an explicit answer statement.</summary>
/// <param name="Answer">The stated answer (see <see cref="AnswerStatement.Answer"/>).</param>
/// <param name="EndToken">Tokens from the start of the analysed text to the end of this round.</param>
/// <param name="Tokens">Tokens of this round alone.</param>
/// <param name="IsNew">Adds a new answer or a new approach (see <see cref="ResponseAnalyzer"/>); the first round always does.</param>
public sealed record SolutionRound(
    [property: JsonPropertyName("answer")] string Answer,
    [property: JsonPropertyName("rule")] AnswerRule Rule,
    [property: JsonPropertyName("end_token")] int EndToken,
    [property: JsonPropertyName("tokens")] int Tokens,
    [property: JsonPropertyName("correct")] bool Correct,
    [property: JsonPropertyName("is_new")] bool IsNew)
{
    /// <summary>What the suite's grader extracts from the analysed part cut at this round's end (null when not read).
    /// Not recorded: it equals <see cref="Answer"/> unless the suite keeps <see cref="RoundAnswerWording.Stated"/>.</summary>
    [JsonIgnore] public string? Extracted { get; init; }

    /// <summary>Character just past this round's statement in the analysed text (<see cref="ReasoningSplit.Combined"/>). Not recorded.</summary>
    [JsonIgnore] public int End { get; init; }
}
