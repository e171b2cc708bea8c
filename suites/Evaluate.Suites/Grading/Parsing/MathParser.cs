using Evaluate.Core.Puzzles.Game24;
using System.Globalization;
using System.Numerics;
using Evaluate.Suites.Grading.Evaluation;

namespace Evaluate.Suites.Grading.Parsing;

/// <summary>
/// Recursive-descent parser from LaTeX or plain math to a <see cref="MathNode"/> tree.
/// Never throws on input: any failure (syntax, depth cap, work budget) yields null.
/// </summary>
public sealed class MathParser
{
    private readonly MathLexer _lexer;
    private readonly WorkBudget _budget;
    private int _depth;
    private bool _failed;
    // Inside an unbraced exponent, "(" does not start an implicit factor: 2^x(…) multiplies the power, not x.
    private bool _inExponentArgument;
    // Set when the atom just parsed was a \frac, so "2\frac12" can be read as a mixed number.
    private bool _lastAtomWasFraction;

    private MathParser(string text, WorkBudget budget)
    {
        _lexer = new MathLexer(text, budget);
        _budget = budget;
    }

    /// <summary>Parses a whole answer; null when it is not understood or a bound was hit.</summary>
    public static MathNode? Parse(string text, WorkBudget budget)
    {
        if (text.Length > GradingLimits.MaxAnswerLength) return null;
        var parser = new MathParser(text, budget);
        var node = parser.ParseList();
        if (parser._lexer.Peek().Kind != TokenKind.End) return null;
        return parser._failed || budget.Exhausted ? null : node;
    }

    private MathNode Fail()
    {
        _failed = true;
        return new TextNode("");
    }

    private bool Enter()
    {
        if (++_depth > GradingLimits.MaxDepth || _failed || !_budget.Spend()) { _failed = true; return false; }
        return true;
    }

    private Token Peek() => _lexer.Peek();
    private Token Next() => _lexer.Next();

    private bool Accept(string symbol)
    {
        if (!Peek().Is(symbol)) return false;
        Next();
        return true;
    }

    private static bool IsSeparator(Token t) =>
        t.Is(",") || t.Is(";")
        || (t.Kind is TokenKind.Word or TokenKind.Text && t.Text.Trim() is "and" or "or" or "," or "");

    private static bool IsCloser(Token t) =>
        t.Kind == TokenKind.End || t.Is(")") || t.Is("⌋") || t.Is("⌉") || t.Is("]") || t.Is("}") || t.Is("}set") || t.Is("|")
        || t.Is("&") || t.Is("\\\\") || (t.Kind == TokenKind.Command && t.Text.StartsWith("end:", StringComparison.Ordinal));

    /// <summary>Comma/semicolon/"and" separated items; a single item is returned as itself.</summary>
    private MathNode ParseList()
    {
        var items = ParseItems();
        return items.Count == 1 ? items[0] : new ListNode(items);
    }

    private List<MathNode> ParseItems()
    {
        var items = new List<MathNode>();
        if (!Enter()) return items;
        while (!_failed)
        {
            if (items.Count >= GradingLimits.MaxItems) { Fail(); break; }
            items.Add(ParseRelation());
            if (!IsSeparator(Peek())) break;
            Next();
            if (IsCloser(Peek())) break; // trailing comma
        }
        _depth--;
        return items;
    }

    private static RelationKind? RelationOf(Token t) => t.Kind != TokenKind.Symbol ? null : t.Text switch
    {
        "=" => RelationKind.Equal,
        "≠" => RelationKind.NotEqual,
        "<" => RelationKind.Less,
        "≤" => RelationKind.LessOrEqual,
        ">" => RelationKind.Greater,
        "≥" => RelationKind.GreaterOrEqual,
        "≈" => RelationKind.Approximately,
        _ => null,
    };

    private MathNode ParseRelation()
    {
        if (!Enter()) return Fail();
        var first = ParseUnion();
        if (Accept("∈"))
        {
            // "x \in S" states the set S: the variable name is not part of the answer.
            var set = ParseUnion();
            _depth--;
            return set;
        }
        if (RelationOf(Peek()) is null) { _depth--; return first; }
        var operands = new List<MathNode> { first };
        var kinds = new List<RelationKind>();
        while (RelationOf(Peek()) is { } kind && !_failed && kinds.Count < 8)
        {
            Next();
            kinds.Add(kind);
            operands.Add(ParseUnion());
        }
        _depth--;
        return (MathNode?)AsIntervalIfChain(operands, kinds) ?? new RelationNode(operands, kinds);
    }

    /// <summary>a &lt; x ≤ b with a single variable in the middle is the interval (a, b].</summary>
    private static BracketNode? AsIntervalIfChain(List<MathNode> operands, List<RelationKind> kinds)
    {
        if (kinds.Count != 2 || operands[1] is not SymbolNode) return null;
        bool ascending = kinds.All(k => k is RelationKind.Less or RelationKind.LessOrEqual);
        bool descending = kinds.All(k => k is RelationKind.Greater or RelationKind.GreaterOrEqual);
        if (ascending)
            return new BracketNode(kinds[0] == RelationKind.Less ? '(' : '[', kinds[1] == RelationKind.Less ? ')' : ']', [operands[0], operands[2]]);
        if (descending)
            return new BracketNode(kinds[1] == RelationKind.Greater ? '(' : '[', kinds[0] == RelationKind.Greater ? ')' : ']', [operands[2], operands[0]]);
        return null;
    }

    private MathNode ParseUnion()
    {
        if (!Enter()) return Fail();
        var first = ParseSum();
        if (!Peek().Is("∪")) { _depth--; return first; }
        var items = new List<MathNode> { first };
        while (Accept("∪") && !_failed && items.Count < GradingLimits.MaxItems) items.Add(ParseSum());
        _depth--;
        return new UnionNode(items);
    }

    private MathNode ParseSum()
    {
        if (!Enter()) return Fail();
        var terms = new List<SumTerm>();
        var sign = TermSign.Plus;
        if (Accept("-")) sign = TermSign.Minus;
        else if (Accept("±")) sign = TermSign.PlusMinus;
        else Accept("+");
        while (!_failed)
        {
            terms.Add(new SumTerm(sign, ParseTerm()));
            if (Accept("+")) sign = TermSign.Plus;
            else if (Accept("-")) sign = TermSign.Minus;
            else if (Accept("±")) sign = TermSign.PlusMinus;
            else break;
            if (!_budget.Spend()) return Fail();
        }
        _depth--;
        return terms.Count == 1 && terms[0].Sign == TermSign.Plus ? terms[0].Node : new SumNode(terms);
    }

    private bool StartsImplicitFactor(Token t) => t.Kind switch
    {
        TokenKind.Number or TokenKind.Letter or TokenKind.Constant or TokenKind.Function => true,
        TokenKind.Command => !t.Text.StartsWith("end:", StringComparison.Ordinal),
        TokenKind.Symbol => (t.Text is "(" or "{" or "[" && !_inExponentArgument) || t.Text is "⌊" or "⌈" or "{set",
        _ => false,
    };

    private MathNode ParseTerm()
    {
        if (!Enter()) return Fail();
        var factors = new List<ProductFactor>();
        var texts = new List<string>();
        // Leading words (e.g. "\text{(C)}" or "no solution") are only kept if nothing mathematical follows.
        while (Peek().Kind is TokenKind.Text or TokenKind.Word && !IsSeparator(Peek())) texts.Add(Next().Text);
        if (texts.Count > 0 && !StartsImplicitFactor(Peek()) && !Peek().Is("-"))
        {
            _depth--;
            return new TextNode(string.Join(" ", texts));
        }
        if (Peek().Is("-")) { Next(); factors.Add(new ProductFactor(new NumberNode(BigRational.FromInteger(-1), 0, 1, false), false)); }
        factors.Add(new ProductFactor(ParsePostfix(), false));
        while (!_failed)
        {
            if (!_budget.Spend()) return Fail();
            var t = Peek();
            if (t.Is("*") || t.Is("/"))
            {
                Next();
                factors.Add(new ProductFactor(ParsePostfix(), t.Text == "/"));
            }
            else if (t.Kind is TokenKind.Text or TokenKind.Word && !IsSeparator(t))
            {
                // A word after a quantity is a unit (\text{ cm}^2, "dollars"): dropped.
                Next();
                if (Accept("^")) ParseExponentArgument();
            }
            else if (StartsImplicitFactor(t))
            {
                var factor = ParsePostfix();
                if (IsMixedNumber(factors, factor, out var mixed)) factors[^1] = new ProductFactor(mixed, false);
                else factors.Add(new ProductFactor(factor, false));
            }
            else break;
            if (factors.Count > GradingLimits.MaxItems) return Fail();
        }
        _depth--;
        // Units written in groups (\mathrm{~mm}^2, \mathrm{ft}/\mathrm{s}) are dropped like bare unit words.
        if (factors.Count > 1 && factors.Any(f => f.Node is TextNode or PowerNode { Base: TextNode }))
            factors.RemoveAll(f => f.Node is TextNode or PowerNode { Base: TextNode });
        if (factors.Count == 0) return Fail();
        return factors.Count == 1 ? factors[0].Node : new ProductNode(factors);
    }

    /// <summary>2\frac{1}{2} is the mixed number 5/2, not 2·½: an integer literal directly followed by a literal fraction.</summary>
    private bool IsMixedNumber(List<ProductFactor> factors, MathNode next, out MathNode mixed)
    {
        mixed = next;
        if (factors.Count != 1 || factors[0].Node is not NumberNode { IsDecimal: false } whole || !whole.Value.IsInteger) return false;
        if (next is not ProductNode { Factors: [{ Node: NumberNode { IsDecimal: false } n, Divide: false }, { Node: NumberNode { IsDecimal: false } d, Divide: true }] }
            || !_lastAtomWasFraction) return false;
        var fraction = BigRational.Divide(n.Value, d.Value, _budget);
        if (fraction is null) return false;
        var sum = BigRational.Add(whole.Value, whole.Value.Sign < 0 ? fraction.Value.Negate() : fraction.Value, _budget);
        if (sum is null) return false;
        mixed = new NumberNode(sum.Value, 0, 0, false);
        return true;
    }

    private MathNode ParsePostfix()
    {
        if (!Enter()) return Fail();
        MathNode node;
        if (Accept("-")) node = new SumNode([new SumTerm(TermSign.Minus, ParsePostfix())]);
        else if (Accept("+")) node = ParsePostfix();
        else node = ParsePower();
        while (!_failed)
        {
            if (Accept("!")) node = new FactorialNode(node);
            else if (node is FactorialNode && Accept("^")) node = new PowerNode(node, ParseExponentArgument());
            else if (Accept("%")) node = new PercentNode(node);
            else break;
        }
        _depth--;
        return node;
    }

    private MathNode ParsePower()
    {
        if (!Enter()) return Fail();
        var node = ParseAtom();
        if (Accept("^"))
        {
            var exponent = ParseExponentArgument();
            node = new PowerNode(node, exponent);
        }
        _depth--;
        return node;
    }

    /// <summary>The exponent after ^: a brace group, or one (signed) atom which may itself be raised (right-associative).</summary>
    private MathNode ParseExponentArgument()
    {
        if (!Enter()) return Fail();
        MathNode node;
        if (Peek().Is("{")) node = ParseAtom();
        else if (Accept("-")) node = new SumNode([new SumTerm(TermSign.Minus, ParseExponentArgument())]);
        else
        {
            bool saved = _inExponentArgument;
            _inExponentArgument = true;
            node = ParsePower();
            _inExponentArgument = saved;
        }
        _depth--;
        return node;
    }

    private MathNode ParseGroupUntil(string closer)
    {
        var inner = ParseList();
        if (!Accept(closer)) return Fail();
        return inner;
    }

    private MathNode ParseAtom()
    {
        if (!Enter()) return Fail();
        _lastAtomWasFraction = false;
        var t = Next();
        MathNode node = t.Kind switch
        {
            TokenKind.Number => ParseNumber(t.Text),
            TokenKind.Letter => ParseSymbol(t.Text),
            TokenKind.Constant => new ConstantNode(t.Text switch
            {
                "pi" => MathConstant.Pi,
                "e" => MathConstant.E,
                "i" => MathConstant.I,
                _ => MathConstant.Infinity,
            }),
            TokenKind.Function => ParseFunction(t.Text),
            TokenKind.Command => ParseCommand(t.Text),
            TokenKind.Symbol => ParseBracketed(t.Text),
            TokenKind.Text or TokenKind.Word => new TextNode(t.Text),
            _ => Fail(),
        };
        _depth--;
        return node;
    }

    private MathNode ParseBracketed(string open)
    {
        switch (open)
        {
            case "{":
            {
                var group = ParseGroupUntil("}");
                return group is ListNode list ? new ListNode(list.Items, braced: true) : group;
            }
            case "{set":
            {
                var items = Peek().Is("}set") ? [] : ParseItems();
                return Accept("}set") ? new SetNode(items) : Fail();
            }
            case "ℝ":
                return RealLine();
            case "∅":
                return new SetNode([]);
            case "⌊" or "⌈":
            {
                var inner = ParseSum();
                return Accept(open == "⌊" ? "⌋" : "⌉") ? new FunctionNode(open == "⌊" ? "floor" : "ceil", inner) : Fail();
            }
            case "|":
            {
                var inner = ParseSum();
                return Accept("|") ? new FunctionNode("abs", inner) : Fail();
            }
            case "(" or "[":
            {
                var items = ParseItems();
                var close = Next();
                if (!(close.Is(")") || close.Is("]"))) return Fail();
                if (items.Count == 1 && (open == "(" || close.Text == "]") && !(open == "(" && close.Text == "]"))
                    return items[0]; // plain grouping
                if (items.Count == 1) return Fail();
                return new BracketNode(open[0], close.Text[0], items);
            }
            default:
                return Fail();
        }
    }

    /// <summary>ℝ is the interval (-∞, ∞), so it compares with intervals and inequalities.</summary>
    private static BracketNode RealLine()
    {
        var infinity = new ConstantNode(MathConstant.Infinity);
        return new BracketNode('(', ')', [new SumNode([new SumTerm(TermSign.Minus, infinity)]), infinity]);
    }

    private MathNode ParseNumber(string text)
    {
        var node = NumberLiteral.TryParse(text, _budget);
        if (node is null) return Fail();
        if (!Peek().Is("_")) return node;
        // 204_5: a numeral in base 5 (the subscript is a base only after an integer literal).
        Next();
        var baseText = _lexer.ReadRawArgument();
        if (baseText is null || !int.TryParse(baseText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int b) || b < 2 || b > 36
            || node.IsDecimal || text.Length > 200)
            return Fail();
        BigInteger value = BigInteger.Zero;
        foreach (char c in text)
        {
            int digit = char.IsAsciiDigit(c) ? c - '0' : 99;
            if (digit >= b) return Fail();
            value = value * b + digit;
        }
        return new BaseNumeralNode(text, b, BigRational.FromInteger(value));
    }

    private MathNode ParseSymbol(string name)
    {
        if (!Peek().Is("_")) return new SymbolNode(name);
        Next();
        var sub = _lexer.ReadRawArgument();
        return sub is null ? Fail() : new SymbolNode(name + "_" + sub.Replace(" ", "", StringComparison.Ordinal));
    }

    private MathNode ParseFunction(string name)
    {
        MathNode? power = null, logBase = null;
        if (name == "log" && Accept("_")) logBase = ParseExponentArgument();
        if (Accept("^")) power = ParseExponentArgument();
        if (name == "log" && logBase is null && Accept("_")) logBase = ParseExponentArgument();
        MathNode argument;
        if (Peek().Is("(") || Peek().Is("{") || Peek().Is("["))
            argument = ParseAtom();
        else
        {
            // \sin 2x is sin(2x): the argument is the run of implicitly multiplied atoms.
            var factors = new List<ProductFactor> { new(ParsePower(), false) };
            while (!_failed && Peek().Kind is TokenKind.Number or TokenKind.Letter or TokenKind.Constant && factors.Count < 16)
                factors.Add(new ProductFactor(ParsePower(), false));
            argument = factors.Count == 1 ? factors[0].Node : new ProductNode(factors);
        }
        MathNode node = new FunctionNode(name == "lg" ? "log10" : name, argument, logBase);
        // \sin^{-1} x is arcsin; other powers raise the value (\sin^2 x).
        if (power is SumNode { Terms: [{ Sign: TermSign.Minus, Node: NumberNode { Value.IsInteger: true } one }] } && one.Value == BigRational.One
            && name is "sin" or "cos" or "tan")
            return new FunctionNode("arc" + name, argument);
        return power is null ? node : new PowerNode(node, power);
    }

    private MathNode ParseArgument()
    {
        var single = _lexer.TryReadSingleCharArgument();
        if (single is not null)
            return char.IsAsciiDigit(single[0]) ? NumberLiteral.TryParse(single, _budget) ?? Fail()
                 : single is "e" ? new ConstantNode(MathConstant.E)
                 : single is "i" ? new ConstantNode(MathConstant.I)
                 : new SymbolNode(single);
        return ParseAtom();
    }

    private MathNode ParseCommand(string name)
    {
        switch (name)
        {
            case "frac":
            {
                var numerator = ParseArgument();
                var denominator = ParseArgument();
                var node = new ProductNode([new ProductFactor(numerator, false), new ProductFactor(denominator, true)]);
                _lastAtomWasFraction = true;
                return node;
            }
            case "binom":
                return new BinomialNode(ParseArgument(), ParseArgument());
            case "sqrt":
            {
                MathNode index = new NumberNode(BigRational.FromInteger(2), 0, 1, false);
                if (Accept("[")) index = ParseGroupUntil("]");
                var radicand = ParseArgument();
                return new PowerNode(radicand, new ProductNode([new ProductFactor(new NumberNode(BigRational.One, 0, 1, false), false), new ProductFactor(index, true)]));
            }
            default:
                if (name.StartsWith("begin:", StringComparison.Ordinal)) return ParseMatrix(name[6..]);
                return Fail();
        }
    }

    private MathNode ParseMatrix(string environment)
    {
        if (environment is not ("pmatrix" or "bmatrix" or "Bmatrix" or "matrix" or "array" or "smallmatrix" or "vmatrix")) return Fail();
        var rows = new List<IReadOnlyList<MathNode>>();
        var row = new List<MathNode>();
        while (!_failed)
        {
            if (Peek().Kind == TokenKind.Command && Peek().Text == "end:" + environment)
            {
                Next();
                if (row.Count > 0) rows.Add(row);
                break;
            }
            if (Peek().Kind == TokenKind.End) return Fail();
            row.Add(ParseSum());
            if (Accept("&")) continue;
            if (Accept("\\\\")) { rows.Add(row); row = []; continue; }
            if (!(Peek().Kind == TokenKind.Command && Peek().Text.StartsWith("end:", StringComparison.Ordinal))) return Fail();
            if (rows.Count * 8 > GradingLimits.MaxItems) return Fail();
        }
        if (rows.Count == 0 || rows.Any(r => r.Count != rows[0].Count)) return Fail();
        // vmatrix is a determinant: its value, not a matrix (only small square ones are expanded).
        if (environment == "vmatrix") return Determinant.Expand(rows) ?? Fail();
        return new MatrixNode(rows);
    }
}
