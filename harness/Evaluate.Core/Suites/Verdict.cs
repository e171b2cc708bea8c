namespace Evaluate.Core.Suites;

/// <summary>A grading decision and why it was reached (equal, numeric-equal, set-equal, unparseable, no-answer, …).</summary>
public sealed record Verdict(bool Correct, string Reason)
{
    public static Verdict NoAnswer { get; } = new(false, "no-answer");
}
