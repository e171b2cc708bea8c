using Evaluate.Suites.Grading.Parsing;

namespace Evaluate.Suites.Grading.Evaluation;

/// <summary>
/// Whether an expression contains floor or ceiling. Step functions are constant on whole stretches, so the three
/// standard points (magnitudes 0.55–1.95) cannot tell ⌈n/2⌉ from ⌈n/3⌉; such comparisons add wider points.
/// </summary>
public static class StepFunctions
{
    public static bool Contains(MathNode node) => node switch
    {
        FunctionNode { Name: "floor" or "ceil" } => true,
        FunctionNode f => Contains(f.Argument) || (f.LogBase is not null && Contains(f.LogBase)),
        SumNode s => s.Terms.Any(t => Contains(t.Node)),
        ProductNode p => p.Factors.Any(f => Contains(f.Node)),
        PowerNode p => Contains(p.Base) || Contains(p.Exponent),
        FactorialNode f => Contains(f.Argument),
        BinomialNode b => Contains(b.N) || Contains(b.K),
        PercentNode p => Contains(p.Argument),
        _ => false,
    };
}
