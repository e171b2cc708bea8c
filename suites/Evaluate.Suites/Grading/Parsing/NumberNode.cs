using Evaluate.Suites.Grading.Evaluation;

namespace Evaluate.Suites.Grading.Parsing;

/// <summary>A number literal; <see cref="DecimalPlaces"/> is the count of digits after the point (0 for integers).</summary>
public sealed class NumberNode(BigRational value, int decimalPlaces, int significantDigits, bool isDecimal) : MathNode
{
    public BigRational Value { get; } = value;
    public int DecimalPlaces { get; } = decimalPlaces;
    public int SignificantDigits { get; } = significantDigits;
    /// <summary>Written with a decimal point or in scientific notation (an approximation candidate).</summary>
    public bool IsDecimal { get; } = isDecimal;
}
