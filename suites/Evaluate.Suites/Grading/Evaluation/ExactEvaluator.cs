using System.Numerics;
using Evaluate.Suites.Grading.Parsing;

namespace Evaluate.Suites.Grading.Evaluation;

/// <summary>
/// Evaluates variable-free rational expressions exactly. Returns null for anything irrational,
/// symbolic, multi-valued or too large; the caller then falls back to numeric evaluation.
/// </summary>
public static class ExactEvaluator
{
    public static BigRational? TryEvaluate(MathNode node, WorkBudget budget)
    {
        if (!budget.Spend()) return null;
        switch (node)
        {
            case NumberNode n: return n.Value;
            case BaseNumeralNode b: return b.Value;
            case PercentNode p: return TryEvaluate(p.Argument, budget);
            case SumNode s:
            {
                var total = BigRational.Zero;
                foreach (var term in s.Terms)
                {
                    if (term.Sign == TermSign.PlusMinus) return null;
                    var value = TryEvaluate(term.Node, budget);
                    if (value is null) return null;
                    var next = BigRational.Add(total, term.Sign == TermSign.Minus ? value.Value.Negate() : value.Value, budget);
                    if (next is null) return null;
                    total = next.Value;
                }
                return total;
            }
            case ProductNode p:
            {
                var total = BigRational.One;
                foreach (var factor in p.Factors)
                {
                    var value = TryEvaluate(factor.Node, budget);
                    if (value is null) return null;
                    var next = factor.Divide ? BigRational.Divide(total, value.Value, budget) : BigRational.Multiply(total, value.Value, budget);
                    if (next is null) return null;
                    total = next.Value;
                }
                return total;
            }
            case PowerNode p:
            {
                var exponent = TryEvaluate(p.Exponent, budget);
                if (exponent is null) return null;
                var baseValue = TryEvaluate(p.Base, budget);
                if (baseValue is null) return null;
                var e = exponent.Value;
                if (e.IsInteger)
                {
                    if (BigInteger.Abs(e.Numerator) > GradingLimits.MaxExactExponent) return null;
                    return BigRational.Power(baseValue.Value, (int)e.Numerator, budget);
                }
                if (e.Denominator == 2 && BigInteger.Abs(e.Numerator) <= GradingLimits.MaxExactExponent)
                {
                    var root = BigRational.SquareRoot(baseValue.Value, budget);
                    return root is null ? null : BigRational.Power(root.Value, (int)e.Numerator, budget);
                }
                return null;
            }
            case FactorialNode f:
            {
                var value = TryEvaluate(f.Argument, budget);
                if (value is not { IsInteger: true } v || v.Sign < 0 || v.Numerator > GradingLimits.MaxFactorial) return null;
                int n = (int)v.Numerator;
                // Stirling: log2(n!) ≈ n·log2(n) − n·log2(e). Refuse before computing a result that would exceed the size cap.
                if (n > 2 && n * Math.Log2(n) - n * 1.4427 > GradingLimits.MaxRationalBits) return null;
                if (!budget.Spend(n * (1 + n / 256))) return null;
                var product = BigInteger.One;
                for (int i = 2; i <= n; i++) product *= i;
                return BigRational.Create(product, BigInteger.One, budget);
            }
            case BinomialNode b:
            {
                var n = TryEvaluate(b.N, budget);
                var k = TryEvaluate(b.K, budget);
                if (n is not { IsInteger: true } nv || k is not { IsInteger: true } kv) return null;
                if (nv.Sign < 0 || nv.Numerator > GradingLimits.MaxFactorial) return null;
                if (kv.Sign < 0 || kv.Numerator > nv.Numerator) return BigRational.Zero;
                int ni = (int)nv.Numerator, ki = (int)BigInteger.Min(kv.Numerator, nv.Numerator - kv.Numerator);
                if (!budget.Spend(ki * (1 + ni / 256))) return null;
                var result = BigInteger.One;
                for (int i = 1; i <= ki; i++) result = result * (ni - ki + i) / i;
                return BigRational.Create(result, BigInteger.One, budget);
            }
            case FunctionNode { Name: "floor" or "ceil" } f:
            {
                var value = TryEvaluate(f.Argument, budget);
                if (value is not { } v) return null;
                var q = BigInteger.DivRem(v.Numerator, v.Denominator, out var remainder);
                if (!remainder.IsZero && (f.Name == "floor") == (v.Sign < 0)) q += f.Name == "floor" ? -1 : 1;
                return BigRational.FromInteger(q);
            }
            default:
                return null;
        }
    }
}
