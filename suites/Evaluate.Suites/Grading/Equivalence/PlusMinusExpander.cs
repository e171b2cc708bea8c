using Evaluate.Suites.Grading.Parsing;

namespace Evaluate.Suites.Grading.Equivalence;

/// <summary>Expands every ± into its two branches: 1 \pm \sqrt{19} becomes {1+\sqrt{19}, 1-\sqrt{19}}. Capped at 2^3 branches.</summary>
public static class PlusMinusExpander
{
    public static bool Contains(MathNode node) => node switch
    {
        SumNode s => s.Terms.Any(t => t.Sign == TermSign.PlusMinus || Contains(t.Node)),
        ProductNode p => p.Factors.Any(f => Contains(f.Node)),
        PowerNode p => Contains(p.Base) || Contains(p.Exponent),
        FunctionNode f => Contains(f.Argument),
        PercentNode p => Contains(p.Argument),
        _ => false,
    };

    /// <summary>The branches, or null when there would be more than the cap.</summary>
    public static List<MathNode>? Expand(MathNode node)
    {
        if (!Contains(node)) return [node];
        switch (node)
        {
            case SumNode s:
            {
                var partial = new List<List<SumTerm>> { new() };
                foreach (var term in s.Terms)
                {
                    var alternatives = Expand(term.Node);
                    if (alternatives is null) return null;
                    var next = new List<List<SumTerm>>();
                    foreach (var prefix in partial)
                        foreach (var alt in alternatives)
                        {
                            if (term.Sign == TermSign.PlusMinus)
                            {
                                next.Add([.. prefix, new SumTerm(TermSign.Plus, alt)]);
                                next.Add([.. prefix, new SumTerm(TermSign.Minus, alt)]);
                            }
                            else next.Add([.. prefix, new SumTerm(term.Sign, alt)]);
                        }
                    if (next.Count > GradingLimits.MaxPlusMinusBranches) return null;
                    partial = next;
                }
                return partial.Select(terms => (MathNode)new SumNode(terms)).ToList();
            }
            case ProductNode p:
            {
                var partial = new List<List<ProductFactor>> { new() };
                foreach (var factor in p.Factors)
                {
                    var alternatives = Expand(factor.Node);
                    if (alternatives is null) return null;
                    var next = new List<List<ProductFactor>>();
                    foreach (var prefix in partial)
                        foreach (var alt in alternatives)
                            next.Add([.. prefix, new ProductFactor(alt, factor.Divide)]);
                    if (next.Count > GradingLimits.MaxPlusMinusBranches) return null;
                    partial = next;
                }
                return partial.Select(factors => (MathNode)new ProductNode(factors)).ToList();
            }
            case PowerNode p:
            {
                var bases = Expand(p.Base);
                var exponents = Expand(p.Exponent);
                if (bases is null || exponents is null || bases.Count * exponents.Count > GradingLimits.MaxPlusMinusBranches) return null;
                return bases.SelectMany(b => exponents.Select(e => (MathNode)new PowerNode(b, e))).ToList();
            }
            case FunctionNode f:
                return Expand(f.Argument)?.Select(a => (MathNode)new FunctionNode(f.Name, a, f.LogBase)).ToList();
            case PercentNode p:
                return Expand(p.Argument)?.Select(a => (MathNode)new PercentNode(a)).ToList();
            default:
                return [node];
        }
    }
}
