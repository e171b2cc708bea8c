namespace Evaluate.Core.Analysis;

/// <summary>
/// Gives each statement the answer the suite's grader would extract if the text ended there: the grader's extraction
/// (<see cref="Suites.IAnswerChecker.Extract"/>) runs on the text cut at the statement's end. So a round's answer is,
/// by construction, what grading that point would read (issue 19: one answer finder), and a statement at which the
/// grader reads nothing ends no round. The cut stays inside the part the statement was made in: a statement in the
/// reasoning is read from the reasoning up to it, one in the answer from the answer up to it (the grader never sees
/// the reasoning, so the last round of an answer part is what the grader extracts from the whole response).
/// </summary>
public static class StatementReading
{
    /// <summary>
    /// Characters before a statement's end that are passed to the grader. The math and GSM8K graders search only the
    /// last 200,000 characters of a response (GradingLimits.MaxResponseTail), so for them this changes no reading; it
    /// keeps a long reasoning with many rounds from copying its whole prefix for every round.
    /// </summary>
    public const int MaxReadChars = 200_000;

    /// <param name="text">The analysed text: reasoning, a joining newline, then the answer (<see cref="ReasoningSplit.Combined"/>).</param>
    /// <param name="reasoningLength">Characters of <paramref name="text"/> that are reasoning (the joining newline included).</param>
    /// <param name="statements">Statements found in <paramref name="text"/>, in text order.</param>
    /// <param name="read">The grader's final-answer extraction (in a run, a guarded checker's: a throw is counted as an internal error there).</param>
    /// <param name="limit">Stops after this many read statements (the analysis caps its rounds).</param>
    /// <param name="wording">Whether a read statement's answer becomes the extraction or stays its own wording.</param>
    public static List<AnswerStatement> Read(
        string text, int reasoningLength, List<AnswerStatement> statements, Func<string, string?> read, RoundAnswerWording wording, int limit)
    {
        var boundary = Math.Min(reasoningLength, text.Length);
        var readStatements = new List<AnswerStatement>(Math.Min(statements.Count, limit));
        foreach (var statement in statements)
        {
            if (readStatements.Count >= limit) break;
            var (from, to) = statement.Start < boundary ? (0, Math.Min(statement.End, boundary)) : (boundary, statement.End);
            var cut = text[Math.Max(from, to - MaxReadChars)..to];
            if (read(cut) is not { } answer) continue;
            readStatements.Add(wording == RoundAnswerWording.Extracted
                ? statement with { Answer = answer, Statement = answer, Extracted = answer }
                : statement with { Extracted = answer });
        }
        return readStatements;
    }
}
