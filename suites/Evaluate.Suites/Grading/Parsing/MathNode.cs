using Evaluate.Suites.Grading.Evaluation;

namespace Evaluate.Suites.Grading.Parsing;

// The expression tree produced by MathParser. Sums and products are n-ary so that long
// expressions stay shallow: tree depth is bounded by the parser's nesting cap, not by length.

/// <summary>A node of a parsed answer.</summary>
public abstract class MathNode;

/// <summary>A number literal; <see cref="DecimalPlaces"/> is the count of digits after the point (0 for integers).</summary>
public sealed class NumberNode(BigRational value, int decimalPlaces, int significantDigits, bool isDecimal) : MathNode
{
    public BigRational Value { get; } = value;
    public int DecimalPlaces { get; } = decimalPlaces;
    public int SignificantDigits { get; } = significantDigits;
    /// <summary>Written with a decimal point or in scientific notation (an approximation candidate).</summary>
    public bool IsDecimal { get; } = isDecimal;
}

/// <summary>A numeral written in another base, e.g. 204_5.</summary>
public sealed class BaseNumeralNode(string digits, int numberBase, BigRational value) : MathNode
{
    public string Digits { get; } = digits;
    public int Base { get; } = numberBase;
    public BigRational Value { get; } = value;
}

public sealed class SymbolNode(string name) : MathNode
{
    public string Name { get; } = name;
}

public enum MathConstant { Pi, E, I, Infinity }

public sealed class ConstantNode(MathConstant constant) : MathNode
{
    public MathConstant Constant { get; } = constant;
}

public enum TermSign { Plus, Minus, PlusMinus }

public readonly record struct SumTerm(TermSign Sign, MathNode Node);

public sealed class SumNode(IReadOnlyList<SumTerm> terms) : MathNode
{
    public IReadOnlyList<SumTerm> Terms { get; } = terms;
}

public readonly record struct ProductFactor(MathNode Node, bool Divide);

public sealed class ProductNode(IReadOnlyList<ProductFactor> factors) : MathNode
{
    public IReadOnlyList<ProductFactor> Factors { get; } = factors;
}

public sealed class PowerNode(MathNode baseNode, MathNode exponent) : MathNode
{
    public MathNode Base { get; } = baseNode;
    public MathNode Exponent { get; } = exponent;
}

/// <summary>A named function (sin, ln, abs, …); <see cref="LogBase"/> is set for \log_b.</summary>
public sealed class FunctionNode(string name, MathNode argument, MathNode? logBase = null) : MathNode
{
    public string Name { get; } = name;
    public MathNode Argument { get; } = argument;
    public MathNode? LogBase { get; } = logBase;
}

public sealed class FactorialNode(MathNode argument) : MathNode
{
    public MathNode Argument { get; } = argument;
}

public sealed class BinomialNode(MathNode n, MathNode k) : MathNode
{
    public MathNode N { get; } = n;
    public MathNode K { get; } = k;
}

/// <summary>x\% — evaluates as x; comparison also tries x/100 at the top level.</summary>
public sealed class PercentNode(MathNode argument) : MathNode
{
    public MathNode Argument { get; } = argument;
}

/// <summary>A bracketed sequence of two or more items: tuple, point, vector or interval, e.g. (2,12] .</summary>
public sealed class BracketNode(char open, char close, IReadOnlyList<MathNode> items) : MathNode
{
    public char Open { get; } = open;
    public char Close { get; } = close;
    public IReadOnlyList<MathNode> Items { get; } = items;
}

/// <summary>\{a, b\}: order and repetition do not matter.</summary>
public sealed class SetNode(IReadOnlyList<MathNode> items) : MathNode
{
    public IReadOnlyList<MathNode> Items { get; } = items;
}

/// <summary>A bare comma-separated answer "3, 5, 7".</summary>
public sealed class ListNode(IReadOnlyList<MathNode> items) : MathNode
{
    public IReadOnlyList<MathNode> Items { get; } = items;
}

/// <summary>A \cup of intervals or sets.</summary>
public sealed class UnionNode(IReadOnlyList<MathNode> items) : MathNode
{
    public IReadOnlyList<MathNode> Items { get; } = items;
}

public sealed class MatrixNode(IReadOnlyList<IReadOnlyList<MathNode>> rows) : MathNode
{
    public IReadOnlyList<IReadOnlyList<MathNode>> Rows { get; } = rows;
}

public enum RelationKind { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual }

/// <summary>a op b (op c …): equations and (chained) inequalities.</summary>
public sealed class RelationNode(IReadOnlyList<MathNode> operands, IReadOnlyList<RelationKind> kinds) : MathNode
{
    public IReadOnlyList<MathNode> Operands { get; } = operands;
    public IReadOnlyList<RelationKind> Kinds { get; } = kinds;
}

/// <summary>Words: \text{Evelyn}, "no solution", \text{(C)}.</summary>
public sealed class TextNode(string text) : MathNode
{
    public string Text { get; } = text;
}
