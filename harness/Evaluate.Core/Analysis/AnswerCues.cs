namespace Evaluate.Core.Analysis;

/// <summary>
/// The kinds of answer statement a suite's answers are written in (one flag per <see cref="AnswerRule"/>). A suite
/// declares them once, on its checker (<see cref="Suites.IAnswerChecker.Cues"/>); the statement finder looks only for
/// these, so a solution round ends only where the suite's own grading would look for an answer.
/// </summary>
[Flags]
public enum AnswerCues
{
    None = 0,
    Boxed = 1 << (int)AnswerRule.Boxed,
    Hashes = 1 << (int)AnswerRule.Hashes,
    AnswerPhrase = 1 << (int)AnswerRule.AnswerPhrase,
    ConcludingEquation = 1 << (int)AnswerRule.ConcludingEquation,
    All = Boxed | Hashes | AnswerPhrase | ConcludingEquation,
}
