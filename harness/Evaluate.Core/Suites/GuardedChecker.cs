using Evaluate.Core.Analysis;
using Evaluate.Core.Problems;

namespace Evaluate.Core.Suites;

/// <summary>
/// The one place where a checker's unexpected exception is caught. Checkers are specified never to throw, so one that
/// does has a bug; a run of hours must not die of it, nor may the bug pass for a normal result: it is recorded in
/// <paramref name="log"/> (and so in the records as <c>internal_errors</c>) and the call answers what a checker that
/// found nothing would (no answer, not correct, not equivalent).
/// </summary>
public sealed class GuardedChecker(IAnswerChecker inner, InternalErrorLog log) : IAnswerChecker
{
    // The suite's declarations pass through: the guard changes what a throw does, never where answers are read.
    public AnswerCues Cues => inner.Cues;

    public RoundAnswerWording RoundAnswers => inner.RoundAnswers;

    public string? Extract(string response)
    {
        try { return inner.Extract(response); }
        catch (Exception e) when (IsBug(e)) { log.Record(InternalError.Of("extract", e)); return null; }
    }

    public Verdict Grade(Problem problem, string? extracted)
    {
        try { return inner.Grade(problem, extracted); }
        catch (Exception e) when (IsBug(e))
        {
            log.Record(InternalError.Of("grade", e));
            return new Verdict(false, $"grader-error: {e.GetType().Name}");
        }
    }

    public bool Equivalent(Problem problem, string a, string b)
    {
        try { return inner.Equivalent(problem, a, b); }
        catch (Exception e) when (IsBug(e)) { log.Record(InternalError.Of("equivalent", e)); return false; }
    }

    // Running out of memory is the process's condition, not the checker's: it is never swallowed.
    private static bool IsBug(Exception e) => e is not OutOfMemoryException;
}
