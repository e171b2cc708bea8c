using Evaluate.Suites.Grading.Evaluation;
using Evaluate.Suites.Grading.Parsing;

namespace Evaluate.Suites.Grading.Equivalence;

/// <summary>A one-variable inequality (x &lt; a, a ≤ x, x ≠ a …) read as the interval(s) it states.</summary>
internal static class RelationIntervals
{
    private static readonly MathNode Infinity = new ConstantNode(MathConstant.Infinity);
    private static readonly MathNode MinusInfinity = new SumNode([new SumTerm(TermSign.Minus, Infinity)]);

    /// <summary>The interval of x &lt; a, x ≥ a, a &gt; x …; null for anything else (≠ states two intervals: <see cref="Of"/>).</summary>
    public static BracketNode? AsInterval(RelationNode r) => Of(r) is [var single] ? single : null;

    /// <summary>The intervals whose union the relation states, or null when it is not a one-variable bound.</summary>
    public static IReadOnlyList<BracketNode>? Of(RelationNode r)
    {
        if (r.Kinds.Count != 1) return null;
        var kind = r.Kinds[0];
        MathNode bound;
        if (r.Operands[0] is SymbolNode && IsConstant(r.Operands[1])) bound = r.Operands[1];
        else if (r.Operands[1] is SymbolNode && IsConstant(r.Operands[0]))
        {
            bound = r.Operands[0];
            kind = kind switch
            {
                RelationKind.Less => RelationKind.Greater,
                RelationKind.LessOrEqual => RelationKind.GreaterOrEqual,
                RelationKind.Greater => RelationKind.Less,
                RelationKind.GreaterOrEqual => RelationKind.LessOrEqual,
                _ => kind,
            };
        }
        else return null;
        return kind switch
        {
            RelationKind.Less => [new BracketNode('(', ')', [MinusInfinity, bound])],
            RelationKind.LessOrEqual => [new BracketNode('(', ']', [MinusInfinity, bound])],
            RelationKind.Greater => [new BracketNode('(', ')', [bound, Infinity])],
            RelationKind.GreaterOrEqual => [new BracketNode('[', ')', [bound, Infinity])],
            RelationKind.NotEqual => [new BracketNode('(', ')', [MinusInfinity, bound]), new BracketNode('(', ')', [bound, Infinity])],
            _ => null,
        };
    }

    public static bool IsConstant(MathNode node)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        SymbolCollector.Collect(node, names);
        return names.Count == 0 && node is not (BracketNode or SetNode or ListNode or UnionNode or MatrixNode or RelationNode or TextNode);
    }
}
