using Evaluate.Suites.Grading.Evaluation;
using Evaluate.Suites.Grading.Parsing;

namespace Evaluate.Suites.Grading.Equivalence;

/// <summary>
/// When a decimal answer matches a non-decimal value: the decimal must equal the value rounded
/// (half away from zero) to the decimal's number of places, and carry at least
/// <see cref="MinSignificantDigits"/> significant digits (0.33 does not match 1/3; 0.333 does).
/// Two written decimals never match by rounding: they must be exactly equal.
/// </summary>
public static class DecimalRoundingRule
{
    public const int MinSignificantDigits = 3;
    private const int MaxPlacesForDouble = 12;

    public static bool Applies(MathNode candidate, MathNode other) =>
        candidate is NumberNode { IsDecimal: true } n && n.SignificantDigits >= MinSignificantDigits
        && !(other is NumberNode { IsDecimal: true });

    public static bool MatchesExact(NumberNode dec, BigRational value, WorkBudget budget)
    {
        if (dec.DecimalPlaces > GradingLimits.MaxDigits) return false;
        var rounded = BigRational.RoundToPlaces(value, dec.DecimalPlaces, budget);
        return rounded is { } r && r == dec.Value;
    }

    public static bool MatchesApproximate(NumberNode dec, System.Numerics.Complex value)
    {
        if (value.Imaginary != 0 || !double.IsFinite(value.Real) || dec.DecimalPlaces > MaxPlacesForDouble) return false;
        double rounded = Math.Round(value.Real, dec.DecimalPlaces, MidpointRounding.AwayFromZero);
        double written = dec.Value.ToDouble();
        return Math.Abs(rounded - written) <= 1e-12 * Math.Max(1, Math.Abs(written));
    }
}
