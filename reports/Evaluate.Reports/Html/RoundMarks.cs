using Evaluate.Core.Analysis;

namespace Evaluate.Reports.Html;

/// <summary>
/// Where each solution round of a sample ends, as character spans of the text the browser shows. The analysis kept
/// rounds as token positions; the spans are found again by the same statement finder on the same text (thinking and
/// answer split as the analyser split them), and kept only while each statement's answer is the recorded round's.
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
        for (var i = 0; i < Math.Min(rounds.Count, statements.Count); i++)
        {
            var statement = statements[i];
            // A different answer means the text is not what was analysed (e.g. another version's finder): mark nothing more.
            if (!string.Equals(statement.Answer, rounds[i].Answer, StringComparison.Ordinal)) break;
            var ok = rounds[i].Correct ? 1 : 0;
            if (statement.Start < boundary)
                reasoning.Add([statement.Start, Math.Min(statement.End, split.Reasoning.Length), i + 1, ok]);
            else
                answer.Add([statement.Start - boundary, statement.End - boundary, i + 1, ok]);
        }
        return (reasoning, answer);
    }

    /// <summary>The spans that lie wholly inside the first <paramref name="length"/> characters (text cut for embedding).</summary>
    public static IReadOnlyList<int[]> Within(IReadOnlyList<int[]> marks, int length) => marks.Where(m => m[1] <= length).ToList();
}
