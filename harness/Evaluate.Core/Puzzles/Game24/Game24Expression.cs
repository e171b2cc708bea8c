using System.Globalization;
using Evaluate.Core.Suites;

namespace Evaluate.Core.Puzzles.Game24;

/// <summary>
/// The exact Game of 24 checker: an expression must use exactly the four input numbers (as a multiset),
/// only + - * / and parentheses, and equal 24 in exact rational arithmetic. Division by zero is rejected.
/// Bounded by construction: input is capped, the multiset check runs before evaluation (so at most four
/// numbers are ever combined) and nesting depth is capped.
/// </summary>
public static class Game24Expression
{
    public const int MaxLength = 512;
    private const int MaxDepth = 64;

    public static Verdict Check(string? expression, IReadOnlyList<int> numbers)
    {
        if (string.IsNullOrWhiteSpace(expression)) return Verdict.NoAnswer;
        if (expression.Length > MaxLength) return new Verdict(false, "too-long");
        var tokens = Tokenize(StripResult(expression));
        if (tokens is null) return new Verdict(false, "invalid-character");
        var used = tokens.Where(t => t.Kind == TokenKind.Number).Select(t => t.Value).Order().ToList();
        var expected = numbers.Select(n => (long)n).Order().ToList();
        if (!used.SequenceEqual(expected)) return new Verdict(false, "wrong-numbers");
        var parser = new Parser(tokens);
        Fraction value;
        try
        {
            if (!parser.TryParse(out value)) return new Verdict(false, "invalid-expression");
        }
        catch (DivideByZeroException) { return new Verdict(false, "division-by-zero"); }
        catch (OverflowException) { return new Verdict(false, "overflow"); }
        return value == new Fraction(24, 1) ? new Verdict(true, "equals-24") : new Verdict(false, $"equals-{value}");
    }

    /// <summary>Drops a trailing "= 24" (or any "= value") that models write after the expression.</summary>
    internal static string StripResult(string expression)
    {
        var eq = expression.IndexOf('=');
        return eq >= 0 ? expression[..eq] : expression;
    }

    private enum TokenKind { Number, Plus, Minus, Times, Divide, Open, Close }

    private readonly record struct Token(TokenKind Kind, long Value = 0);

    private static List<Token>? Tokenize(string text)
    {
        var tokens = new List<Token>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case ' ' or '\t' or '\r' or '\n': continue;
                case '+': tokens.Add(new Token(TokenKind.Plus)); continue;
                case '-' or '−': tokens.Add(new Token(TokenKind.Minus)); continue;
                case '*' or '×' or '·': tokens.Add(new Token(TokenKind.Times)); continue;
                case '/' or '÷': tokens.Add(new Token(TokenKind.Divide)); continue;
                case '(' or '[': tokens.Add(new Token(TokenKind.Open)); continue;
                case ')' or ']': tokens.Add(new Token(TokenKind.Close)); continue;
            }
            if (!char.IsAsciiDigit(c)) return null;
            var start = i;
            while (i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])) i++;
            if (i - start >= 6) return null; // no input number has more than two digits
            tokens.Add(new Token(TokenKind.Number, long.Parse(text.AsSpan(start, i - start + 1), CultureInfo.InvariantCulture)));
        }
        return tokens;
    }

    /// <summary>Recursive descent over the usual grammar; no unary operators (the rules allow none).</summary>
    private sealed class Parser(List<Token> tokens)
    {
        private int _position;
        private int _depth;

        public bool TryParse(out Fraction value) => TryExpression(out value) && _position == tokens.Count;

        private bool TryExpression(out Fraction value)
        {
            if (!TryTerm(out value)) return false;
            while (_position < tokens.Count && tokens[_position].Kind is TokenKind.Plus or TokenKind.Minus)
            {
                var plus = tokens[_position++].Kind == TokenKind.Plus;
                if (!TryTerm(out var right)) return false;
                value = plus ? value + right : value - right;
            }
            return true;
        }

        private bool TryTerm(out Fraction value)
        {
            if (!TryFactor(out value)) return false;
            while (_position < tokens.Count && tokens[_position].Kind is TokenKind.Times or TokenKind.Divide)
            {
                var times = tokens[_position++].Kind == TokenKind.Times;
                if (!TryFactor(out var right)) return false;
                value = times ? value * right : value / right;
            }
            return true;
        }

        private bool TryFactor(out Fraction value)
        {
            value = default;
            if (_position >= tokens.Count) return false;
            var token = tokens[_position++];
            if (token.Kind == TokenKind.Number)
            {
                value = token.Value;
                return true;
            }
            if (token.Kind != TokenKind.Open || ++_depth > MaxDepth) return false;
            if (!TryExpression(out value)) return false;
            _depth--;
            return _position < tokens.Count && tokens[_position++].Kind == TokenKind.Close;
        }
    }
}
