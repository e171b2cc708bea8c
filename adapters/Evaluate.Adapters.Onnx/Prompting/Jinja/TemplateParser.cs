using System.Globalization;

namespace Evaluate.Adapters.Onnx.Prompting.Jinja;

/// <summary>
/// Builds the statement tree from tokens, with Jinja's operator precedence (lowest first: conditional, or, and, not,
/// comparisons and in, + -, ~, * / // %, **, unary, then postfix, filters and tests). A tag, filter or test outside the
/// supported subset is refused here, with its position, before anything renders.
/// </summary>
public sealed class TemplateParser
{
    private static readonly HashSet<string> Comparisons = ["==", "!=", "<", ">", "<=", ">="];

    private readonly IReadOnlyList<Token> _tokens;
    private readonly string _source;
    private readonly string _name;
    private int _index;

    private TemplateParser(IReadOnlyList<Token> tokens, string source, string name)
    {
        _tokens = tokens;
        _source = source;
        _name = name;
    }

    public static IReadOnlyList<Statement> Parse(string source, string name)
    {
        var parser = new TemplateParser(TemplateLexer.Tokenize(source, name), source, name);
        var body = parser.ParseBody([], out var end);
        if (end is not null) throw parser.Error(end, $"'{end.Value}' without an open block");
        return body;
    }

    private Token Current => _tokens[_index];

    private Token Next() => _tokens[_index++];

    /// <summary>Statements until one of <paramref name="enders"/> opens a tag (returned, its name consumed) or the template ends.</summary>
    private List<Statement> ParseBody(string[] enders, out Token? ender)
    {
        var body = new List<Statement>();
        while (true)
        {
            var token = Current;
            switch (token.Kind)
            {
                case TokenKind.End:
                    if (enders.Length > 0) throw Error(token, $"the template ends before {string.Join(" or ", enders.Select(e => $"'{{% {e} %}}'"))}");
                    ender = null;
                    return body;
                case TokenKind.Text:
                    Next();
                    body.Add(new TextStatement(token.Value, token.Offset));
                    break;
                case TokenKind.PrintStart:
                    Next();
                    var value = ParseExpression();
                    Expect(TokenKind.PrintEnd, "'}}'");
                    body.Add(new PrintStatement(value, token.Offset));
                    break;
                case TokenKind.StatementStart:
                    Next();
                    var keyword = Current;
                    if (keyword.Kind == TokenKind.Name && (enders.Contains(keyword.Value) || IsEnder(keyword.Value)))
                    {
                        if (!enders.Contains(keyword.Value)) throw Error(keyword, $"unexpected '{{% {keyword.Value} %}}'");
                        Next();
                        ender = keyword;
                        return body;
                    }
                    body.Add(ParseStatement());
                    break;
                default:
                    throw Error(token, $"unexpected {token}");
            }
        }
    }

    private static bool IsEnder(string name) => name is "endif" or "elif" or "else" or "endfor" or "endgeneration" or "endset" or "endmacro";

    private Statement ParseStatement()
    {
        var keyword = Next();
        if (keyword.Kind != TokenKind.Name) throw Error(keyword, $"expected a statement name, got {keyword}");
        switch (keyword.Value)
        {
            case "if": return ParseIf(keyword);
            case "for": return ParseFor(keyword);
            case "set": return ParseSet(keyword);
            case "break" or "continue":
                Expect(TokenKind.StatementEnd, "'%}'");
                return new LoopControlStatement(keyword.Value == "break", keyword.Offset);
            case "generation":
                Expect(TokenKind.StatementEnd, "'%}'");
                var generated = ParseBody(["endgeneration"], out _);
                Expect(TokenKind.StatementEnd, "'%}'");
                return new GenerationStatement(generated, keyword.Offset);
            default:
                throw Error(keyword, $"unsupported tag '{{% {keyword.Value} %}}' (supported: if, elif, else, for, set, break, continue, generation)");
        }
    }

    private IfStatement ParseIf(Token keyword)
    {
        var branches = new List<(Expression, IReadOnlyList<Statement>)>();
        var condition = ParseExpression();
        while (true)
        {
            Expect(TokenKind.StatementEnd, "'%}'");
            var body = ParseBody(["elif", "else", "endif"], out var ender);
            branches.Add((condition, body));
            switch (ender!.Value)
            {
                case "elif":
                    condition = ParseExpression();
                    continue;
                case "else":
                    Expect(TokenKind.StatementEnd, "'%}'");
                    var otherwise = ParseBody(["endif"], out _);
                    Expect(TokenKind.StatementEnd, "'%}'");
                    return new IfStatement(branches, otherwise, keyword.Offset);
                default:
                    Expect(TokenKind.StatementEnd, "'%}'");
                    return new IfStatement(branches, [], keyword.Offset);
            }
        }
    }

    private ForStatement ParseFor(Token keyword)
    {
        var targets = ParseTargets();
        if (!Current.IsName("in")) throw Error(Current, $"expected 'in' in the for loop, got {Current}");
        Next();
        var items = ParseExpression(withConditional: false);
        Expression? filter = null;
        if (Current.IsName("if"))
        {
            Next();
            filter = ParseExpression(withConditional: false);
        }
        if (Current.IsName("recursive")) throw Error(Current, "unsupported: recursive for loops");
        Expect(TokenKind.StatementEnd, "'%}'");
        var body = ParseBody(["else", "endfor"], out var ender);
        IReadOnlyList<Statement> otherwise = [];
        if (ender!.Value == "else")
        {
            Expect(TokenKind.StatementEnd, "'%}'");
            otherwise = ParseBody(["endfor"], out _);
        }
        Expect(TokenKind.StatementEnd, "'%}'");
        return new ForStatement(targets, items, filter, body, otherwise, keyword.Offset);
    }

    private List<string> ParseTargets()
    {
        var parenthesized = Current.IsOperator("(");
        if (parenthesized) Next();
        var targets = new List<string> { ExpectName() };
        while (Current.IsOperator(","))
        {
            Next();
            targets.Add(ExpectName());
        }
        if (parenthesized) Expect(TokenKind.Operator, "')'", ")");
        return targets;
    }

    private SetStatement ParseSet(Token keyword)
    {
        var targets = ParseTargets();
        string? attribute = null;
        if (targets.Count == 1 && Current.IsOperator("."))
        {
            Next();
            attribute = ExpectName();
        }
        if (!Current.IsOperator("=")) throw Error(Current, Current.Kind == TokenKind.StatementEnd
            ? "unsupported: block set ({% set x %}…{% endset %})" : $"expected '=' in set, got {Current}");
        Next();
        var value = ParseExpression();
        if (Current.IsOperator(","))
        {
            var items = new List<Expression> { value };
            while (Current.IsOperator(","))
            {
                Next();
                items.Add(ParseExpression());
            }
            value = new ListExpression(items, value.Offset);
        }
        Expect(TokenKind.StatementEnd, "'%}'");
        return new SetStatement(targets, attribute, value, keyword.Offset);
    }

    private Expression ParseExpression(bool withConditional = true)
    {
        var value = ParseOr();
        if (!withConditional) return value;
        while (Current.IsName("if"))
        {
            var at = Next();
            var condition = ParseOr();
            Expression? otherwise = null;
            if (Current.IsName("else"))
            {
                Next();
                otherwise = ParseExpression();
            }
            value = new ConditionalExpression(condition, value, otherwise, at.Offset);
        }
        return value;
    }

    private Expression ParseOr()
    {
        var left = ParseAnd();
        while (Current.IsName("or"))
        {
            var at = Next();
            left = new BinaryExpression("or", left, ParseAnd(), at.Offset);
        }
        return left;
    }

    private Expression ParseAnd()
    {
        var left = ParseNot();
        while (Current.IsName("and"))
        {
            var at = Next();
            left = new BinaryExpression("and", left, ParseNot(), at.Offset);
        }
        return left;
    }

    private Expression ParseNot()
    {
        if (!Current.IsName("not")) return ParseCompare();
        var at = Next();
        return new UnaryExpression("not", ParseNot(), at.Offset);
    }

    private Expression ParseCompare()
    {
        var left = ParseAdditive();
        while (true)
        {
            var token = Current;
            if (token.Kind == TokenKind.Operator && Comparisons.Contains(token.Value))
            {
                Next();
                left = new BinaryExpression(token.Value, left, ParseAdditive(), token.Offset);
            }
            else if (token.IsName("in"))
            {
                Next();
                left = new BinaryExpression("in", left, ParseAdditive(), token.Offset);
            }
            else if (token.IsName("not") && _tokens[_index + 1].IsName("in"))
            {
                Next();
                Next();
                left = new BinaryExpression("not in", left, ParseAdditive(), token.Offset);
            }
            else return left;
        }
    }

    private Expression ParseAdditive()
    {
        var left = ParseConcat();
        while (Current.IsOperator("+") || Current.IsOperator("-"))
        {
            var op = Next();
            left = new BinaryExpression(op.Value, left, ParseConcat(), op.Offset);
        }
        return left;
    }

    private Expression ParseConcat()
    {
        var left = ParseMultiplicative();
        while (Current.IsOperator("~"))
        {
            var op = Next();
            left = new BinaryExpression("~", left, ParseMultiplicative(), op.Offset);
        }
        return left;
    }

    private Expression ParseMultiplicative()
    {
        var left = ParsePower();
        while (Current.IsOperator("*") || Current.IsOperator("/") || Current.IsOperator("//") || Current.IsOperator("%"))
        {
            var op = Next();
            left = new BinaryExpression(op.Value, left, ParsePower(), op.Offset);
        }
        return left;
    }

    private Expression ParsePower()
    {
        var left = ParseUnary(withFilter: true);
        while (Current.IsOperator("**"))
        {
            var op = Next();
            left = new BinaryExpression("**", left, ParseUnary(withFilter: true), op.Offset);
        }
        return left;
    }

    private Expression ParseUnary(bool withFilter)
    {
        Expression value;
        if (Current.IsOperator("-") || Current.IsOperator("+"))
        {
            var op = Next();
            value = new UnaryExpression(op.Value, ParseUnary(withFilter: false), op.Offset);
        }
        else value = ParsePostfix(ParsePrimary());
        return withFilter ? ParseFiltersAndTests(value) : value;
    }

    private Expression ParsePrimary()
    {
        var token = Next();
        switch (token.Kind)
        {
            case TokenKind.Name:
                return token.Value switch
                {
                    "true" or "True" => new LiteralExpression(true, token.Offset),
                    "false" or "False" => new LiteralExpression(false, token.Offset),
                    "none" or "None" => new LiteralExpression(null, token.Offset),
                    _ => new NameExpression(token.Value, token.Offset),
                };
            case TokenKind.String:
                var text = token.Value;
                while (Current.Kind == TokenKind.String) text += Next().Value;
                return new LiteralExpression(text, token.Offset);
            case TokenKind.Integer:
                return new LiteralExpression(long.Parse(token.Value, CultureInfo.InvariantCulture), token.Offset);
            case TokenKind.Float:
                return new LiteralExpression(double.Parse(token.Value, CultureInfo.InvariantCulture), token.Offset);
            case TokenKind.Operator when token.Value == "(":
                if (Current.IsOperator(")"))
                {
                    Next();
                    return new ListExpression([], token.Offset);
                }
                var first = ParseExpression();
                if (Current.IsOperator(")"))
                {
                    Next();
                    return first;
                }
                var tuple = new List<Expression> { first };
                while (Current.IsOperator(","))
                {
                    Next();
                    if (Current.IsOperator(")")) break;
                    tuple.Add(ParseExpression());
                }
                Expect(TokenKind.Operator, "')'", ")");
                return new ListExpression(tuple, token.Offset);
            case TokenKind.Operator when token.Value == "[":
                var items = new List<Expression>();
                while (!Current.IsOperator("]"))
                {
                    items.Add(ParseExpression());
                    if (!Current.IsOperator(",")) break;
                    Next();
                }
                Expect(TokenKind.Operator, "']'", "]");
                return new ListExpression(items, token.Offset);
            case TokenKind.Operator when token.Value == "{":
                var pairs = new List<(Expression, Expression)>();
                while (!Current.IsOperator("}"))
                {
                    var key = ParseExpression();
                    Expect(TokenKind.Operator, "':'", ":");
                    pairs.Add((key, ParseExpression()));
                    if (!Current.IsOperator(",")) break;
                    Next();
                }
                Expect(TokenKind.Operator, "'}'", "}");
                return new DictExpression(pairs, token.Offset);
            default:
                throw Error(token, $"unexpected {token}");
        }
    }

    private Expression ParsePostfix(Expression value)
    {
        while (true)
        {
            var token = Current;
            if (token.IsOperator("."))
            {
                Next();
                var name = Next();
                if (name.Kind is not (TokenKind.Name or TokenKind.Integer)) throw Error(name, $"expected an attribute name after '.', got {name}");
                value = name.Kind == TokenKind.Integer
                    ? new IndexExpression(value, new LiteralExpression(long.Parse(name.Value, CultureInfo.InvariantCulture), name.Offset), token.Offset)
                    : new AttributeExpression(value, name.Value, token.Offset);
            }
            else if (token.IsOperator("["))
            {
                Next();
                value = ParseSubscript(value, token);
            }
            else if (token.IsOperator("("))
            {
                Next();
                value = new CallExpression(value, ParseArguments(), token.Offset);
            }
            else return value;
        }
    }

    private Expression ParseSubscript(Expression target, Token open)
    {
        Expression? start = null;
        if (!Current.IsOperator(":"))
        {
            start = ParseExpression();
            if (Current.IsOperator("]"))
            {
                Next();
                return new IndexExpression(target, start, open.Offset);
            }
        }
        Expect(TokenKind.Operator, "':' or ']'", ":");
        Expression? stop = null, step = null;
        if (!Current.IsOperator("]") && !Current.IsOperator(":")) stop = ParseExpression();
        if (Current.IsOperator(":"))
        {
            Next();
            if (!Current.IsOperator("]")) step = ParseExpression();
        }
        Expect(TokenKind.Operator, "']'", "]");
        return new SliceExpression(target, start, stop, step, open.Offset);
    }

    /// <summary>After '(' : positional and name=value arguments up to ')'.</summary>
    private Arguments ParseArguments()
    {
        var positional = new List<Expression>();
        var named = new List<(string, Expression)>();
        while (!Current.IsOperator(")"))
        {
            if (Current.Kind == TokenKind.Name && _tokens[_index + 1].IsOperator("="))
            {
                var name = Next().Value;
                Next();
                named.Add((name, ParseExpression()));
            }
            else
            {
                if (named.Count > 0) throw Error(Current, "a positional argument after a named one");
                positional.Add(ParseExpression());
            }
            if (!Current.IsOperator(",")) break;
            Next();
        }
        Expect(TokenKind.Operator, "')'", ")");
        return new Arguments(positional, named);
    }

    private Expression ParseFiltersAndTests(Expression value)
    {
        while (true)
        {
            var token = Current;
            if (token.IsOperator("|"))
            {
                Next();
                var name = Next();
                if (name.Kind != TokenKind.Name) throw Error(name, $"expected a filter name after '|', got {name}");
                if (!Filters.Supports(name.Value)) throw Error(name, $"unsupported filter '{name.Value}' (supported: {string.Join(", ", Filters.Names)})");
                var arguments = Arguments.None;
                if (Current.IsOperator("("))
                {
                    Next();
                    arguments = ParseArguments();
                }
                value = ParsePostfix(new FilterExpression(value, name.Value, arguments, name.Offset));
            }
            else if (token.IsName("is"))
            {
                Next();
                var negated = Current.IsName("not");
                if (negated) Next();
                var name = Next();
                if (name.Kind != TokenKind.Name) throw Error(name, $"expected a test name after 'is', got {name}");
                var testName = name.Value switch { "none" or "None" => "none", "true" or "True" => "true", "false" or "False" => "false", _ => name.Value };
                if (!Tests.Supports(testName)) throw Error(name, $"unsupported test '{name.Value}' (supported: {string.Join(", ", Tests.Names)})");
                var arguments = Arguments.None;
                if (Current.IsOperator("("))
                {
                    Next();
                    arguments = ParseArguments();
                }
                else if (Current.Kind is TokenKind.String or TokenKind.Integer or TokenKind.Float
                         || (Current.Kind == TokenKind.Name && !(Current.Value is "else" or "or" or "and" or "if" or "in" or "not" or "is")))
                    arguments = new Arguments([ParsePostfix(ParsePrimary())], []);
                value = new TestExpression(value, testName, arguments, negated, name.Offset);
            }
            else return value;
        }
    }

    private string ExpectName()
    {
        var token = Next();
        return token.Kind == TokenKind.Name ? token.Value : throw Error(token, $"expected a name, got {token}");
    }

    private void Expect(TokenKind kind, string what, string? value = null)
    {
        var token = Next();
        if (token.Kind != kind || (value is not null && token.Value != value)) throw Error(token, $"expected {what}, got {token}");
    }

    private TemplateException Error(Token token, string cause) => new(_name, SourcePosition.At(_source, token.Offset), cause);
}
