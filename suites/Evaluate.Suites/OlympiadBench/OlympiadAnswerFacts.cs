namespace Evaluate.Suites.OlympiadBench;

/// <summary>What OlympiadBench records about a problem's answer besides the answer itself (the fields its judge reads).</summary>
/// <param name="AnswerType">Numerical, Expression, Equation, Interval or Tuple.</param>
/// <param name="IsMultipleAnswer">The answer lists several values: all must be given, in any order.</param>
/// <param name="Unit">The unit the answer is in ("km/h"), stripped from an answer that writes it; null when none.</param>
/// <param name="Precision">The absolute tolerance for numeric answers: the row's <c>error</c> field, else the judge's 1e-8.</param>
public sealed record OlympiadAnswerFacts(string AnswerType, bool IsMultipleAnswer, string? Unit, double Precision)
{
    /// <summary>OlympiadBench inference/code/math_judger.py: <c>self.precision = 1e-8</c> unless a problem gives its own.</summary>
    public const double DefaultPrecision = 1e-8;

    public static OlympiadAnswerFacts Default { get; } = new("Numerical", false, null, DefaultPrecision);
}
