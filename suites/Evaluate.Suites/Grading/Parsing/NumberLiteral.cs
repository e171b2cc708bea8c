using System.Globalization;
using System.Numerics;
using Evaluate.Suites.Grading.Evaluation;

namespace Evaluate.Suites.Grading.Parsing;

/// <summary>Exact value of a lexed number ("1.50", ".5", "2.5e-3"), keeping how many places and significant digits were written.</summary>
internal static class NumberLiteral
{
    private const int MaxDecimalExponent = 1_000;

    public static NumberNode? TryParse(string text, WorkBudget budget)
    {
        int e = text.IndexOfAny(['e', 'E']);
        string mantissa = e < 0 ? text : text[..e];
        int exponent = 0;
        if (e >= 0 && (!int.TryParse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent)
                       || Math.Abs(exponent) > MaxDecimalExponent))
            return null;
        int point = mantissa.IndexOf('.');
        string digits = point < 0 ? mantissa : string.Concat(mantissa.AsSpan(0, point), mantissa.AsSpan(point + 1));
        if (digits.Length == 0 || digits.Length > GradingLimits.MaxDigits) return null;
        if (!budget.Spend(1 + digits.Length / 32)) return null;
        int fractionDigits = point < 0 ? 0 : mantissa.Length - point - 1;
        if (!BigInteger.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var integer)) return null;
        int scale = fractionDigits - exponent; // value = integer * 10^-scale
        var value = scale >= 0
            ? BigRational.Create(integer, BigInteger.Pow(10, scale), budget)
            : BigRational.Create(integer * BigInteger.Pow(10, -scale), BigInteger.One, budget);
        if (value is null) return null;
        int significant = digits.TrimStart('0').Length;
        return new NumberNode(value.Value, Math.Max(0, scale), significant, point >= 0 || e >= 0);
    }
}
