namespace Evaluate.Reports.Fidelity;

/// <summary>How this project graded one case: what it extracted, its verdict and reason, and whether that agrees.</summary>
public sealed record FidelityOutcome(FidelityCase Case, string? Extracted, bool Correct, string Reason)
{
    public bool Agrees => Correct == Case.Expected;

    /// <summary>
    /// A short label grouping disagreements by what happened on our side: "missed: no-answer" (we found no answer),
    /// "missed: unparseable…", "missed: not-equal" (we read an answer and judged it different) or "accepted: REASON"
    /// (we accepted what the other grader rejects). The head of the reason only, so one label gathers one cause.
    /// </summary>
    public string Cause
    {
        get
        {
            var head = Reason.Split(' ', 2)[0].TrimEnd(':');
            return Correct ? $"accepted: {head}" : $"missed: {head}";
        }
    }
}
