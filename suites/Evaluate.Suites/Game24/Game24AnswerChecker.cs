using Evaluate.Core.Analysis;
using Evaluate.Core.Puzzles.Game24;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;

namespace Evaluate.Suites.Game24;

/// <summary>
/// Extracts the expression after the last "Answer:" (else the last line stating "= 24") and checks it exactly.
/// For voting, every valid solution is one class ("made 24"); invalid answers group by their text without spaces.
/// </summary>
public sealed class Game24AnswerChecker : IAnswerChecker
{
    private const int MaxScan = 1 << 20;

    /// <summary>Answers are "Answer: expr = 24" lines or a concluding "… = 24"; boxes and "####" are not the format.</summary>
    public AnswerCues Cues => AnswerCues.AnswerPhrase | AnswerCues.ConcludingEquation;

    /// <summary>Rounds keep the stated value ("24") while extraction reads the expression: recorded outputs depend on it.</summary>
    public RoundAnswerWording RoundAnswers => RoundAnswerWording.Stated;

    public string? Extract(string response)
    {
        if (string.IsNullOrEmpty(response)) return null;
        var text = response.Length > MaxScan ? response[^MaxScan..] : response;
        var marker = text.LastIndexOf("Answer:", StringComparison.OrdinalIgnoreCase);
        string? line = null;
        if (marker >= 0)
        {
            line = FirstLine(text[(marker + "Answer:".Length)..]);
        }
        else
        {
            foreach (var candidate in text.Split('\n').Reverse())
                if (candidate.Contains("= 24", StringComparison.Ordinal) && !candidate.Contains("left:", StringComparison.Ordinal))
                {
                    line = candidate;
                    break;
                }
        }
        line = line?.Trim().Trim('$', '.', '`').Trim();
        return string.IsNullOrEmpty(line) ? null : line;
    }

    public Verdict Grade(Problem problem, string? extracted) =>
        extracted is null ? Verdict.NoAnswer : Game24Expression.Check(extracted, Numbers(problem));

    public bool Equivalent(Problem problem, string a, string b)
    {
        var numbers = Numbers(problem);
        var aValid = Game24Expression.Check(a, numbers).Correct;
        var bValid = Game24Expression.Check(b, numbers).Correct;
        if (aValid || bValid) return aValid && bValid;
        return string.Equals(Squash(a), Squash(b), StringComparison.Ordinal);
    }

    /// <summary>The puzzle's numbers; empty when the text is not a puzzle (then no answer can match).</summary>
    public static IReadOnlyList<int> Numbers(Problem problem) => Game24Puzzle.Numbers(problem.Text);

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n');
        return end >= 0 ? text[..end] : text;
    }

    private static string Squash(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}
