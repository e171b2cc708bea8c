using Evaluate.Core.Suites;

namespace Evaluate.Suites.Grading;

/// <summary>Library entry point: is <paramref name="answer"/> (a bare answer or a full response) equivalent to <paramref name="gold"/>?</summary>
public static class AnswerEquivalence
{
    private static readonly MathAnswerChecker Checker = new();

    public static Verdict Check(string gold, string answer) =>
        Checker.Grade(new Evaluate.Core.Problems.Problem("", "", gold, Evaluate.Core.Problems.ProblemMeta.None), Checker.Extract(answer));
}
