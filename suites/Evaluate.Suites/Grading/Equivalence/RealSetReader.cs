using System.Numerics;
using Evaluate.Suites.Grading.Evaluation;
using Evaluate.Suites.Grading.Parsing;

namespace Evaluate.Suites.Grading.Equivalence;

/// <summary>
/// Reads intervals, unions, finite sets of numbers, ℝ, ∅ and one-variable inequalities as one canonical set of
/// real numbers: disjoint intervals in increasing order, touching pieces merged. "\{2\} \cup [5,8)" and
/// "[5,8) \cup \{2\}" read the same; "(-\infty,3] \cup (3,\infty)" reads as ℝ.
/// </summary>
internal static class RealSetReader
{
    private static readonly HashSet<string> RealLineWords = new(StringComparer.Ordinal) { "allrealnumbers", "allreals", "realnumbers", "allrealx", "allx" };
    private static readonly HashSet<string> EmptyWords = new(StringComparer.Ordinal) { "nosolution", "nosolutions", "norealsolutions", "norealsolution", "emptyset", "none" };

    /// <summary>Whether the node can only mean a set of reals, so reading both sides as sets is the right comparison.</summary>
    public static bool IsUnambiguousSet(MathNode node) => node switch
    {
        UnionNode => true,
        SetNode { Items.Count: 0 } => true,
        BracketNode { Items.Count: 2 } b => b.Open == '[' || b.Close == ']' || b.Items.Any(Infinities.Is),
        _ => false,
    };

    /// <summary>The canonical intervals, or null when the node is not a set of real numbers.</summary>
    public static List<RealInterval>? Read(MathNode node, WorkBudget budget)
    {
        var pieces = new List<RealInterval>();
        if (!Collect(node, pieces, budget, 0)) return null;
        return Canonical(pieces);
    }

    private static bool Collect(MathNode node, List<RealInterval> pieces, WorkBudget budget, int depth)
    {
        if (depth > 8 || pieces.Count > GradingLimits.MaxItems || !budget.Spend()) return false;
        switch (node)
        {
            case BracketNode { Items.Count: 2 } b when b.Open is '(' or '[' && b.Close is ')' or ']':
                return AddInterval(b.Items[0], b.Open == '[', b.Items[1], b.Close == ']', pieces, budget);
            case SetNode s:
                foreach (var item in s.Items)
                    if (!AddInterval(item, true, item, true, pieces, budget)) return false;
                return true;
            case UnionNode u:
                return u.Items.All(item => Collect(item, pieces, budget, depth + 1));
            case RelationNode r:
                return RelationIntervals.Of(r) is { } intervals && intervals.All(i => Collect(i, pieces, budget, depth + 1));
            case ListNode l when l.Items.All(i => i is RelationNode):
                // "x < 2 or x > 5": the parser reads "or" as a list separator.
                return l.Items.All(item => Collect(item, pieces, budget, depth + 1));
            case TextNode t:
                var words = TextKey.Of(t.Text);
                if (EmptyWords.Contains(words)) return true;
                if (!RealLineWords.Contains(words)) return false;
                var infinity = new ConstantNode(MathConstant.Infinity);
                pieces.Add(new RealInterval(new SumNode([new SumTerm(TermSign.Minus, infinity)]), double.NegativeInfinity, false, infinity, double.PositiveInfinity, false));
                return true;
            default:
                return false;
        }
    }

    private static bool AddInterval(MathNode low, bool lowClosed, MathNode high, bool highClosed, List<RealInterval> pieces, WorkBudget budget)
    {
        if (RealValue(low, budget) is not { } lo || RealValue(high, budget) is not { } hi || lo > hi) return false;
        var interval = new RealInterval(low, lo, lowClosed, high, hi, highClosed);
        if (!interval.IsEmpty) pieces.Add(interval);
        return true;
    }

    private static double? RealValue(MathNode node, WorkBudget budget)
    {
        if (!RelationIntervals.IsConstant(node)) return null;
        var value = NumericEvaluator.Evaluate(node, _ => Complex.Zero, budget);
        if (double.IsNaN(value.Real) || Math.Abs(value.Imaginary) > 1e-12) return null;
        return value.Real;
    }

    private static List<RealInterval> Canonical(List<RealInterval> pieces)
    {
        pieces.Sort((x, y) => x.LowValue != y.LowValue ? x.LowValue.CompareTo(y.LowValue) : y.LowClosed.CompareTo(x.LowClosed));
        var merged = new List<RealInterval>(pieces.Count);
        foreach (var piece in pieces)
        {
            if (merged.Count > 0 && Touches(merged[^1], piece))
            {
                var last = merged[^1];
                bool extends = piece.HighValue > last.HighValue || (Same(piece.HighValue, last.HighValue) && piece.HighClosed && !last.HighClosed);
                merged[^1] = extends ? last with { High = piece.High, HighValue = piece.HighValue, HighClosed = piece.HighClosed } : last;
            }
            else merged.Add(piece);
        }
        return merged;
    }

    /// <summary>Whether the next interval (sorted by low end) overlaps or touches the current one without a gap.</summary>
    private static bool Touches(RealInterval current, RealInterval next) =>
        next.LowValue < current.HighValue && !Same(next.LowValue, current.HighValue)
        || (Same(next.LowValue, current.HighValue) && (current.HighClosed || next.LowClosed));

    public static bool Same(double x, double y) =>
        x == y || (double.IsFinite(x) && double.IsFinite(y) && Math.Abs(x - y) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(x), Math.Abs(y))));
}
