using Evaluate.Core.Analysis;

namespace Evaluate.Reports.Html;

/// <summary>
/// Where each solution round of a sample ends, as character spans of the text the browser shows. The analysis kept
/// rounds as token positions; the spans are found again by the same statement finder on the same text (thinking and
/// answer split as the analyser split them). A round ended at a statement of its rule at which the suite's grader read
/// an answer, and statements of other kinds may have been left out by the suite's cues, so each round is matched to the
/// next statement of its rule, and only while that statement states the recorded answer (the same wording, or the
/// answer inside the statement's text, which is what the grader's reading leaves of it).
/// A span is [start, end, round number (1-based), 1 if the round's answer was correct else 0].
/// </summary>
public static class RoundMarks
{
    public static (IReadOnlyList<int[]> Reasoning, IReadOnlyList<int[]> Answer) Locate(ReasoningSplit split, IReadOnlyList<SolutionRound> rounds)
    {
        if (rounds.Count == 0) return ([], []);
        var combined = split.Combined;
        if (combined.Length > ResponseAnalyzer.MaxAnalysedChars) combined = combined[..ResponseAnalyzer.MaxAnalysedChars];
        var statements = AnswerStatementFinder.Find(combined);
        var reasoning = new List<int[]>();
        var answer = new List<int[]>();
        var boundary = split.ReasoningLength;
        var next = 0;
        for (var i = 0; i < rounds.Count; i++)
        {
            while (next < statements.Count && statements[next].Rule != rounds[i].Rule) next++;
            if (next >= statements.Count) break;
            var statement = statements[next++];
            // A different answer means the text is not what was analysed (e.g. another version's finder): mark nothing more.
            if (!States(combined, statement, rounds[i].Answer)) break;
            var ok = rounds[i].Correct ? 1 : 0;
            if (statement.Start < boundary)
                reasoning.Add([statement.Start, Math.Min(statement.End, split.Reasoning.Length), i + 1, ok]);
            else
                answer.Add([statement.Start - boundary, statement.End - boundary, i + 1, ok]);
        }
        return (reasoning, answer);
    }

    private static bool States(string text, AnswerStatement statement, string recorded) =>
        string.Equals(statement.Answer, recorded, StringComparison.Ordinal)
        || (recorded.Length > 0 && text.AsSpan(statement.Start, statement.End - statement.Start).Contains(recorded, StringComparison.Ordinal));

    /// <summary>The spans that lie wholly inside the first <paramref name="length"/> characters (text cut for embedding).</summary>
    public static IReadOnlyList<int[]> Within(IReadOnlyList<int[]> marks, int length) => marks.Where(m => m[1] <= length).ToList();
}
