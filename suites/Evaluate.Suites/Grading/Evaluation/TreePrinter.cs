using System.Text;
using Evaluate.Suites.Grading.Parsing;

namespace Evaluate.Suites.Grading.Evaluation;

/// <summary>
/// A canonical text form of a tree. Used as the last resort when values cannot be computed
/// (beyond double range, unsupported functions): then only structurally identical answers match.
/// </summary>
public static class TreePrinter
{
    private const int MaxLength = 4 * GradingLimits.MaxAnswerLength;

    public static string? Print(MathNode node)
    {
        var sb = new StringBuilder();
        return Append(node, sb) ? sb.ToString() : null;
    }

    private static bool Append(MathNode node, StringBuilder sb)
    {
        if (sb.Length > MaxLength) return false;
        switch (node)
        {
            case NumberNode n: sb.Append(n.Value.ToString()); return true;
            case BaseNumeralNode b: sb.Append(b.Digits).Append('_').Append(b.Base); return true;
            case SymbolNode s: sb.Append(s.Name); return true;
            case ConstantNode c: sb.Append('#').Append(c.Constant); return true;
            case TextNode t: sb.Append('"').Append(t.Text.Trim().ToLowerInvariant()).Append('"'); return true;
            case SumNode s:
                sb.Append("(+");
                foreach (var t in s.Terms) { sb.Append(t.Sign switch { TermSign.Plus => " +", TermSign.Minus => " -", _ => " ±" }); if (!Append(t.Node, sb)) return false; }
                sb.Append(')');
                return true;
            case ProductNode p:
                sb.Append("(*");
                foreach (var f in p.Factors) { sb.Append(f.Divide ? " /" : " "); if (!Append(f.Node, sb)) return false; }
                sb.Append(')');
                return true;
            case PowerNode p: return Call("^", sb, p.Base, p.Exponent);
            case FunctionNode f: return f.LogBase is null ? Call(f.Name, sb, f.Argument) : Call(f.Name, sb, f.Argument, f.LogBase);
            case FactorialNode f: return Call("!", sb, f.Argument);
            case BinomialNode b: return Call("binom", sb, b.N, b.K);
            case PercentNode p: return Call("%", sb, p.Argument);
            case BracketNode b: sb.Append(b.Open); return Call("", sb, [.. b.Items]) && sb.Append(b.Close) is not null;
            case SetNode s: return Call("set", sb, [.. s.Items]);
            case ListNode l: return Call("list", sb, [.. l.Items]);
            case UnionNode u: return Call("cup", sb, [.. u.Items]);
            case MatrixNode m:
                sb.Append("mat");
                foreach (var row in m.Rows) if (!Call("row", sb, [.. row])) return false;
                return true;
            case RelationNode r:
                sb.Append("rel");
                foreach (var k in r.Kinds) sb.Append(k);
                return Call("", sb, [.. r.Operands]);
            default:
                return false;
        }
    }

    private static bool Call(string name, StringBuilder sb, params MathNode[] args)
    {
        sb.Append(name).Append('(');
        foreach (var a in args) { if (!Append(a, sb)) return false; sb.Append(','); }
        sb.Append(')');
        return true;
    }
}
