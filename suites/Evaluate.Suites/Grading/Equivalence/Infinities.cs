using Evaluate.Suites.Grading.Parsing;

namespace Evaluate.Suites.Grading.Equivalence;

/// <summary>∞ and -∞ as written in answers (the constant, possibly under one sign).</summary>
internal static class Infinities
{
    public static bool Is(MathNode node) => node switch
    {
        ConstantNode { Constant: MathConstant.Infinity } => true,
        SumNode { Terms: [var t] } => Is(t.Node),
        _ => false,
    };
}
