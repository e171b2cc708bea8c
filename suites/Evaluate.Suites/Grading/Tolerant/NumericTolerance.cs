using Evaluate.Core.Suites;

namespace Evaluate.Suites.Grading.Tolerant;

/// <summary>
/// How close a numeric answer must be to a numeric gold, as one suite's upstream evaluation compares numbers. Used only
/// by the suites that declare it (Minerva Math, OlympiadBench): MATH-500, Omni-MATH and the others compare exactly.
/// </summary>
/// <param name="Relative">Relative tolerance: |gold − answer| ≤ Relative · max(|gold|, |answer|) (Python's math.isclose).</param>
/// <param name="Absolute">Absolute tolerance: |gold − answer| ≤ Absolute.</param>
/// <param name="PercentVariants">Also accept gold × 100 and gold ÷ 100 (an answer in percent for a fraction, or back),
/// as both upstream evaluations do.</param>
public sealed record NumericTolerance(double Relative, double Absolute, bool PercentVariants)
{
    /// <summary>The verdict on two numbers: equal within this tolerance, or not equal.</summary>
    public Verdict Judge(double gold, double answer) =>
        Accepts(gold, answer) ? new Verdict(true, GradingReasons.NumericWithinTolerance) : new Verdict(false, GradingReasons.NotEqual);

    public bool Accepts(double gold, double answer)
    {
        if (!double.IsFinite(gold) || !double.IsFinite(answer)) return false;
        if (Close(gold, answer)) return true;
        return PercentVariants && (Close(gold * 100, answer) || Close(gold / 100, answer));
    }

    private bool Close(double gold, double answer)
    {
        var difference = Math.Abs(gold - answer);
        return difference <= Absolute || difference <= Relative * Math.Max(Math.Abs(gold), Math.Abs(answer));
    }
}
