using Evaluate.Suites.Grading.Evaluation;

namespace Evaluate.Suites.Grading.Parsing;

/// <summary>A numeral written in another base, e.g. 204_5.</summary>
public sealed class BaseNumeralNode(string digits, int numberBase, BigRational value) : MathNode
{
    public string Digits { get; } = digits;
    public int Base { get; } = numberBase;
    public BigRational Value { get; } = value;
}
