namespace Evaluate.Core.Analysis;

/// <summary>
/// How a solution round records its answer. Either way the grader's extraction at the round's end decides whether a
/// round ends there (see <see cref="StatementReading"/>) and is kept with the round (<see cref="SolutionRound.Extracted"/>).
/// </summary>
public enum RoundAnswerWording
{
    /// <summary>The round's answer is what the grader extracts from the text cut at the round's end.</summary>
    Extracted,

    /// <summary>
    /// Kept for recorded outputs: the round's answer (and its correctness) is the statement's own wording as the finder
    /// read it: the raw content of a box ("\[ x \]" where the grader cleans it to "x") or the value after the last "=" of
    /// a phrase ("24" where the Game of 24 grader extracts "(4 + 5 * 6) - 10 = 24"). Changing these would change every
    /// recorded round of those suites (the golden outputs of issue 12).
    /// </summary>
    Stated,
}
