using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Evaluate.Suites.Grading.Evaluation;
using Evaluate.Suites.Grading.Parsing;

namespace Evaluate.Suites.Grading.Tolerant;

/// <summary>
/// The real number an answer denotes, when it denotes one: a decimal in scientific notation as physics golds write it
/// (<c>4.4e7</c>, <c>5.3e-9</c>: read as a number, never as Euler's e), else any closed expression the equivalence
/// engine parses (<c>7.5 \times 10^{14}</c>, <c>\frac{41}{12}</c>, <c>2\sqrt{3}</c>). Null for expressions with free
/// variables, non-real values and text.
/// </summary>
public static partial class NumericValue
{
    public static double? TryRead(string text)
    {
        var s = text.Trim().Replace("{,}", "", StringComparison.Ordinal);
        var scientific = Scientific().Match(s);
        if (scientific.Success)
            return double.TryParse(scientific.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : null;
        if (s.Length == 0 || s.Length > GradingLimits.MaxAnswerLength) return null;
        var budget = new WorkBudget();
        var tree = MathParser.Parse(s, budget);
        if (tree is null || tree is TextNode) return null;
        var free = false;
        var value = NumericEvaluator.Evaluate(tree, _ => { free = true; return new Complex(double.NaN, double.NaN); }, budget);
        if (free || double.IsNaN(value.Real) || !double.IsFinite(value.Real)) return null;
        return Math.Abs(value.Imaginary) <= 1e-12 * Math.Max(1, Math.Abs(value.Real)) ? value.Real : null;
    }

    [GeneratedRegex(@"^[+-]?(?=\.?\d)\d*(\.\d*)?([eE][+-]?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Scientific();
}
