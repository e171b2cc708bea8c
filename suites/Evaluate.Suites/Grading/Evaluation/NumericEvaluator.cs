using System.Numerics;
using Evaluate.Suites.Grading.Parsing;

namespace Evaluate.Suites.Grading.Evaluation;

/// <summary>
/// Evaluates an expression in complex double precision with variables bound to given values.
/// Failure (unsupported node, budget) is NaN, never an exception.
/// </summary>
public static class NumericEvaluator
{
    private static readonly Complex NaN = new(double.NaN, double.NaN);

    public static Complex Evaluate(MathNode node, Func<string, Complex> variable, WorkBudget budget)
    {
        if (!budget.Spend()) return NaN;
        switch (node)
        {
            case NumberNode n: return n.Value.ToDouble();
            case BaseNumeralNode b: return b.Value.ToDouble();
            case SymbolNode s: return variable(s.Name);
            case ConstantNode c:
                return c.Constant switch
                {
                    MathConstant.Pi => Math.PI,
                    MathConstant.E => Math.E,
                    MathConstant.I => Complex.ImaginaryOne,
                    _ => double.PositiveInfinity,
                };
            case PercentNode p: return Evaluate(p.Argument, variable, budget);
            case SumNode s:
            {
                Complex total = Complex.Zero;
                foreach (var term in s.Terms)
                {
                    if (term.Sign == TermSign.PlusMinus) return NaN;
                    var value = Evaluate(term.Node, variable, budget);
                    total = term.Sign == TermSign.Minus ? total - value : total + value;
                }
                return total;
            }
            case ProductNode p:
            {
                Complex total = Complex.One;
                foreach (var factor in p.Factors)
                {
                    var value = Evaluate(factor.Node, variable, budget);
                    total = factor.Divide ? total / value : total * value;
                }
                return total;
            }
            case PowerNode p: return Power(p, variable, budget);
            case FunctionNode f: return Function(f, variable, budget);
            case FactorialNode f:
            {
                var exact = ExactEvaluator.TryEvaluate(node, budget);
                if (exact is not null) return exact.Value.ToDouble();
                var x = Evaluate(f.Argument, variable, budget);
                return x.Imaginary == 0 ? Gamma.Of(x.Real + 1) : NaN;
            }
            case BinomialNode b:
            {
                var exact = ExactEvaluator.TryEvaluate(node, budget);
                if (exact is not null) return exact.Value.ToDouble();
                var n = Evaluate(b.N, variable, budget);
                var k = Evaluate(b.K, variable, budget);
                if (n.Imaginary != 0 || k.Imaginary != 0) return NaN;
                return Gamma.Of(n.Real + 1) / (Gamma.Of(k.Real + 1) * Gamma.Of(n.Real - k.Real + 1));
            }
            default:
                return NaN;
        }
    }

    private static Complex Power(PowerNode p, Func<string, Complex> variable, WorkBudget budget)
    {
        var b = Evaluate(p.Base, variable, budget);
        // Odd roots of negative reals are real (\sqrt[3]{-8} = -2), not the complex principal value.
        var exact = ExactEvaluator.TryEvaluate(p.Exponent, budget);
        if (exact is { } e && b.Imaginary == 0 && b.Real < 0 && !e.Denominator.IsEven && e.Denominator.GetBitLength() < 30)
        {
            double magnitude = Math.Pow(-b.Real, e.ToDouble());
            return e.Numerator.IsEven ? magnitude : -magnitude;
        }
        if (exact is { IsInteger: true } integer && BigInteger.Abs(integer.Numerator) <= 64)
        {
            int n = (int)integer.Numerator;
            var result = Complex.One;
            for (int i = 0; i < Math.Abs(n); i++) result *= b;
            return n < 0 ? Complex.One / result : result;
        }
        var x = exact is { } ex ? new Complex(ex.ToDouble(), 0) : Evaluate(p.Exponent, variable, budget);
        if (b.Imaginary == 0 && x.Imaginary == 0 && b.Real >= 0) return Math.Pow(b.Real, x.Real);
        return Complex.Pow(b, x);
    }

    private static Complex Function(FunctionNode f, Func<string, Complex> variable, WorkBudget budget)
    {
        var x = Evaluate(f.Argument, variable, budget);
        bool real = x.Imaginary == 0;
        switch (f.Name)
        {
            case "sin": return real ? Math.Sin(x.Real) : Complex.Sin(x);
            case "cos": return real ? Math.Cos(x.Real) : Complex.Cos(x);
            case "tan": return real ? Math.Tan(x.Real) : Complex.Tan(x);
            case "cot": return Complex.One / (real ? Math.Tan(x.Real) : Complex.Tan(x));
            case "sec": return Complex.One / (real ? Math.Cos(x.Real) : Complex.Cos(x));
            case "csc": return Complex.One / (real ? Math.Sin(x.Real) : Complex.Sin(x));
            case "arcsin": return real && Math.Abs(x.Real) <= 1 ? Math.Asin(x.Real) : Complex.Asin(x);
            case "arccos": return real && Math.Abs(x.Real) <= 1 ? Math.Acos(x.Real) : Complex.Acos(x);
            case "arctan": return real ? Math.Atan(x.Real) : Complex.Atan(x);
            case "sinh": return Complex.Sinh(x);
            case "cosh": return Complex.Cosh(x);
            case "tanh": return Complex.Tanh(x);
            case "exp": return real ? Math.Exp(x.Real) : Complex.Exp(x);
            case "abs": return Complex.Abs(x);
            case "floor": return real ? Math.Floor(x.Real) : NaN;
            case "ceil": return real ? Math.Ceiling(x.Real) : NaN;
            case "ln": return real && x.Real > 0 ? Math.Log(x.Real) : Complex.Log(x);
            case "log10": return real && x.Real > 0 ? Math.Log10(x.Real) : Complex.Log10(x);
            case "log":
            {
                // \log without a base is the natural logarithm (as in SymPy); \log_b x = ln x / ln b.
                var ln = real && x.Real > 0 ? new Complex(Math.Log(x.Real), 0) : Complex.Log(x);
                if (f.LogBase is null) return ln;
                var b = Evaluate(f.LogBase, variable, budget);
                return ln / (b.Imaginary == 0 && b.Real > 0 ? new Complex(Math.Log(b.Real), 0) : Complex.Log(b));
            }
            default: return NaN;
        }
    }
}
