namespace Evaluate.Core.Analysis;

/// <summary>
/// One place where a response states an answer explicitly: the end of a solution round.
/// </summary>
/// <param name="Start">First character of the statement.</param>
/// <param name="End">Character just past the statement (closing "$", "**", "." included).</param>
/// <param name="Answer">The stated value: the boxed content, or the part after the last "=" of a phrase.</param>
/// <param name="Statement">The full stated text ("2 + 3 = 5"); equals <paramref name="Answer"/> when nothing was cut.</param>
public sealed record AnswerStatement(int Start, int End, string Answer, string Statement, AnswerRule Rule)
{
    /// <summary>What the suite's grader extracts from the text cut at <see cref="End"/>; null until read (<see cref="StatementReading"/>).</summary>
    public string? Extracted { get; init; }
}
