namespace Evaluate.Suites.Grading;

/// <summary>Outcome totals of a <see cref="PairsGrader"/> run. <see cref="Wrong"/> excludes unparseable and no-answer lines.</summary>
public sealed record GradingCounts(int Correct, int Wrong, int Unparseable, int NoAnswer, int BadLines)
{
    public int Graded => Correct + Wrong + Unparseable + NoAnswer;
}
