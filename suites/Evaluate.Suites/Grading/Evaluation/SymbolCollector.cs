using Evaluate.Suites.Grading.Parsing;

namespace Evaluate.Suites.Grading.Evaluation;

/// <summary>The free variables of an expression (used to decide between numeric and symbolic comparison).</summary>
public static class SymbolCollector
{
    public static void Collect(MathNode node, ISet<string> names)
    {
        switch (node)
        {
            case SymbolNode s: names.Add(s.Name); break;
            case SumNode s: foreach (var t in s.Terms) Collect(t.Node, names); break;
            case ProductNode p: foreach (var f in p.Factors) Collect(f.Node, names); break;
            case PowerNode p: Collect(p.Base, names); Collect(p.Exponent, names); break;
            case FunctionNode f: Collect(f.Argument, names); if (f.LogBase is not null) Collect(f.LogBase, names); break;
            case FactorialNode f: Collect(f.Argument, names); break;
            case BinomialNode b: Collect(b.N, names); Collect(b.K, names); break;
            case PercentNode p: Collect(p.Argument, names); break;
        }
    }
}
