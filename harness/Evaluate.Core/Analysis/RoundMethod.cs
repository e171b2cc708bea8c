using System.Globalization;

namespace Evaluate.Core.Analysis;

/// <summary>
/// What a solution round computes with, read from its text without its words: its <see cref="Quantities"/> (numbers,
/// and two-operand expressions "a op b" whose operands are numbers or one-letter variables, "4+8", "x-2", operands of
/// + and × sorted so "3+2" is "2+3") and its <see cref="Operations"/> (+ − × ÷ ^ between operands, %, factorial, and
/// the functions \frac, \sqrt, \binom, \sum, \log, sin, gcd, mod, …). A round that restates or re-checks earlier
/// work in new words adds neither; one that solves by another method brings new numbers, expressions or operations
/// (<see cref="MethodsSeen"/>). Not read: list enumerators ("1. ", "2) ") and numbers after "step", "case", "method",
/// "approach", "attempt", "round", "option", "part" (labels, not quantities); "=" and comparisons (they state, not
/// compute). The scan is linear in the text.
/// </summary>
public sealed class RoundMethod
{
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
        { "step", "case", "method", "approach", "attempt", "round", "option", "part" };

    private static readonly Dictionary<string, string> Commands = new(StringComparer.Ordinal)
    {
        ["frac"] = "frac", ["dfrac"] = "frac", ["tfrac"] = "frac", ["sqrt"] = "sqrt", ["binom"] = "binom", ["choose"] = "binom",
        ["sum"] = "sum", ["prod"] = "prod", ["int"] = "int", ["log"] = "log", ["ln"] = "ln", ["lg"] = "log", ["exp"] = "exp",
        ["sin"] = "sin", ["cos"] = "cos", ["tan"] = "tan", ["cot"] = "cot", ["sec"] = "sec", ["csc"] = "csc",
        ["arcsin"] = "arcsin", ["arccos"] = "arccos", ["arctan"] = "arctan", ["lim"] = "lim", ["mod"] = "mod", ["bmod"] = "mod",
        ["pmod"] = "mod", ["gcd"] = "gcd", ["lcm"] = "lcm", ["max"] = "max", ["min"] = "min", ["lfloor"] = "floor",
        ["lceil"] = "ceil", ["det"] = "det", ["partial"] = "derivative", ["nabla"] = "derivative",
    };

    private static readonly Dictionary<string, char> CommandOperators = new(StringComparer.Ordinal)
    {
        ["times"] = '*', ["cdot"] = '*', ["div"] = '/', ["pm"] = '±', ["mp"] = '±',
    };

    /// <summary>Function names written as words, counted when an opening parenthesis follows ("sqrt(2)", "gcd(12, 18)").</summary>
    private static readonly HashSet<string> Functions = new(StringComparer.OrdinalIgnoreCase)
        { "sqrt", "log", "ln", "exp", "sin", "cos", "tan", "gcd", "lcm", "max", "min", "abs", "floor", "ceil", "mod" };

    // Span look-ups: the scan runs on every round of every analysed response, so words and commands are matched in
    // place rather than copied into a string each.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LabelLookup = Labels.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionLookup = Functions.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CommandLookup = Commands.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> CommandOperatorLookup =
        CommandOperators.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>One-letter variables as strings, made once for ASCII letters.</summary>
    private static readonly string[] AsciiLetters = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    private RoundMethod(HashSet<string> quantities, HashSet<string> operations, HashSet<string> implied)
    {
        Quantities = quantities;
        Operations = operations;
        Implied = implied;
    }

    /// <summary>Numbers and two-operand expressions written in the round.</summary>
    public IReadOnlySet<string> Quantities { get; }

    public IReadOnlySet<string> Operations { get; }

    /// <summary>Values of the round's expressions over numbers ("4 + 8" implies 12): a later round that writes them
    /// out ("4 + 8 is 12") restates this round's work, so they count as seen, but they make no round new.</summary>
    public IReadOnlySet<string> Implied { get; }

    public static RoundMethod Of(string? text) => Of((text ?? string.Empty).AsSpan());

    /// <summary>As <see cref="Of(string?)"/>, on a part of a text (a round of a response) without copying it.</summary>
    public static RoundMethod Of(ReadOnlySpan<char> text)
    {
        var tokens = Tokenize(text);
        var quantities = new HashSet<string>(StringComparer.Ordinal);
        var operations = new HashSet<string>(StringComparer.Ordinal);
        var implied = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case Kind.Number when !token.IsLabel:
                    quantities.Add(token.Text);
                    break;
                case Kind.Function:
                    operations.Add(token.Text);
                    break;
                case Kind.Operator:
                    var left = At(tokens, i - 1);
                    if (token.Text is "!" or "%")
                    {
                        if (left.Kind == Kind.Number) operations.Add(token.Text);
                        break;
                    }
                    if (!EndsOperand(left) || !StartsOperand(At(tokens, i + 1))) break;
                    operations.Add(token.Text);
                    if (Subexpression(tokens, i) is { } expression)
                    {
                        quantities.Add(expression.Text);
                        if (expression.Value is { } value) implied.Add(value);
                    }
                    break;
            }
        }
        return new RoundMethod(quantities, operations, implied);
    }

    /// <summary>
    /// The two-operand expression the operator at <paramref name="i"/> forms when it is a real subexpression under the
    /// usual precedence ("180 - 90 - 60" has 180-90, never 90-60; "2 · 7 + 3" has 2·7, never 7+3). A chain of one
    /// commutative operator is one expression over its sorted operands ("1 + 2 + 3" and "3 + 2 + 1" are the same sum).
    /// </summary>
    private static (string Text, string? Value)? Subexpression(List<Token> tokens, int i)
    {
        var op = tokens[i].Text;
        var left = At(tokens, i - 1);
        if (!IsSimple(left) || !IsSimple(At(tokens, i + 1))) return null;
        var before = At(tokens, i - 2);
        if (before.Kind == Kind.Operator && Precedence(before.Text) >= Precedence(op)) return null; // the left operand belongs to an earlier operator
        var operands = new List<string> { left.Text };
        var j = i;
        while (true)
        {
            var right = At(tokens, j + 1);
            if (!IsSimple(right)) return null;
            var after = At(tokens, j + 2);
            if (after.Kind == Kind.Operator && (Precedence(after.Text) > Precedence(op) || after.Text == "^")) return null; // binds tighter
            operands.Add(right.Text);
            if (op is not ("+" or "*") || after.Kind != Kind.Operator || after.Text != op) break;
            j += 2;
        }
        if (op is "+" or "*") operands.Sort(StringComparer.Ordinal);
        return (string.Join(op, operands), Evaluate(op, operands));
    }

    private static int Precedence(string op) => op switch
    {
        "^" => 3,
        "*" or "/" or "mod" => 2,
        _ => 1,
    };

    /// <summary>The value of an expression over numbers (null when an operand is a variable or the value is not finite).</summary>
    private static string? Evaluate(string op, List<string> operands)
    {
        var values = new List<double>(operands.Count);
        foreach (var operand in operands)
        {
            if (!double.TryParse(operand, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return null;
            values.Add(v);
        }
        var result = op switch
        {
            "+" => values.Sum(),
            "*" => values.Aggregate(1.0, (a, b) => a * b),
            "-" => values[0] - values[1],
            "/" => values[0] / values[1],
            "^" => Math.Pow(values[0], values[1]),
            "mod" when values[1] != 0 => values[0] % values[1],
            _ => double.NaN,
        };
        if (!double.IsFinite(result) || Math.Abs(result) > 1e15) return null;
        var rounded = Math.Round(result, 6);
        return rounded.ToString("0.######", CultureInfo.InvariantCulture);
    }

    private static Token At(List<Token> tokens, int i) => i >= 0 && i < tokens.Count ? tokens[i] : default;

    private static bool IsSimple(Token token) => token.Kind is Kind.Number or Kind.Variable;

    private static bool EndsOperand(Token token) => token.Kind is Kind.Number or Kind.Variable or Kind.Close;

    private static bool StartsOperand(Token token) => token.Kind is Kind.Number or Kind.Variable or Kind.Open or Kind.Function;

    private enum Kind { None, Number, Variable, Operator, Function, Open, Close, Word, Other }

    private readonly record struct Token(Kind Kind, string Text, bool IsLabel = false);

    private static List<Token> Tokenize(ReadOnlySpan<char> text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var ch = text[i];
            if (char.IsWhiteSpace(ch) || ch is '$' or '`') { i++; continue; }
            if (char.IsAsciiDigit(ch) || (ch == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && !PrecededByDigit(text, i)))
            {
                var start = i;
                var value = ReadNumber(text, ref i);
                var isLabel = IsEnumerator(text, start, i) || (tokens.Count > 0 && tokens[^1].Kind == Kind.Word && tokens[^1].IsLabel);
                tokens.Add(new Token(Kind.Number, value, isLabel));
                continue;
            }
            if (char.IsLetter(ch))
            {
                var start = i;
                while (i < text.Length && char.IsLetter(text[i])) i++;
                var word = text[start..i];
                if (word.Length == 1) tokens.Add(new Token(Kind.Variable, word[0] < AsciiLetters.Length ? AsciiLetters[word[0]] : word.ToString()));
                else if (FunctionLookup.Contains(word) && NextNonSpace(text, i) == '(') tokens.Add(new Token(Kind.Function, word.ToString().ToLowerInvariant()));
                else if (word.Equals("mod", StringComparison.OrdinalIgnoreCase)) tokens.Add(new Token(Kind.Operator, "mod"));
                else tokens.Add(new Token(Kind.Word, "", LabelLookup.Contains(word))); // a word's text is never read, only whether it labels a number
                continue;
            }
            if (ch == '\\')
            {
                var start = ++i;
                while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
                var name = text[start..i];
                if (name.Length == 0)
                {
                    if (i < text.Length) i++; // "\(", "\[", "\{", "\," and the like: layout, not mathematics
                    continue;
                }
                if (CommandOperatorLookup.TryGetValue(name, out var op)) tokens.Add(new Token(Kind.Operator, OperatorText(op)));
                else if (CommandLookup.TryGetValue(name, out var function)) tokens.Add(new Token(Kind.Function, function));
                // Other commands (\boxed, \text, \left, \quad, …) format and are skipped.
                continue;
            }
            i++;
            tokens.Add(ch switch
            {
                '+' => new Token(Kind.Operator, "+"),
                '-' or '−' or '–' => new Token(Kind.Operator, "-"),
                '*' or '×' or '·' or '⋅' => new Token(Kind.Operator, "*"),
                '/' or '÷' => new Token(Kind.Operator, "/"),
                '^' => new Token(Kind.Operator, "^"),
                '√' => new Token(Kind.Function, "sqrt"),
                '±' => new Token(Kind.Operator, "±"),
                '!' => new Token(Kind.Operator, "!"),
                '%' => new Token(Kind.Operator, "%"),
                '(' or '{' or '[' => new Token(Kind.Open, "("),
                ')' or '}' or ']' => new Token(Kind.Close, ")"),
                _ => new Token(Kind.Other, ""), // never read: it only separates operands
            });
        }
        return tokens;
    }

    private static string OperatorText(char op) => op switch { '*' => "*", '/' => "/", '±' => "±", _ => op.ToString() };

    private static bool PrecededByDigit(ReadOnlySpan<char> text, int i) => i > 0 && char.IsAsciiDigit(text[i - 1]);

    /// <summary>Reads "1,000", "3.50", ".5"; returns the canonical value ("1000", "3.5", "0.5").</summary>
    private static string ReadNumber(ReadOnlySpan<char> text, ref int i)
    {
        var start = i;
        var separated = false;
        while (i < text.Length)
        {
            var ch = text[i];
            if (char.IsAsciiDigit(ch)) { i++; continue; }
            // A comma is a thousands separator only before exactly three digits ("1,000"); "1, 2" is a list.
            if (ch == ',' && i > start && ThreeDigitsAt(text, i + 1)) { separated = true; i++; continue; }
            break;
        }
        // Every comma before i was skipped as a separator (any other comma ends the number).
        ReadOnlySpan<char> digits = separated ? text[start..i].ToString().Replace(",", "", StringComparison.Ordinal) : text[start..i];
        ReadOnlySpan<char> fraction = [];
        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            var fractionStart = ++i;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
            fraction = text[fractionStart..i].TrimEnd('0');
        }
        var whole = digits.TrimStart('0');
        if (whole.IsEmpty) whole = "0";
        return fraction.IsEmpty ? whole.ToString() : string.Concat(whole, ".", fraction);
    }

    private static bool ThreeDigitsAt(ReadOnlySpan<char> text, int at)
    {
        if (at + 3 > text.Length) return false;
        for (var k = at; k < at + 3; k++)
            if (!char.IsAsciiDigit(text[k])) return false;
        return at + 3 == text.Length || !char.IsAsciiDigit(text[at + 3]);
    }

    /// <summary>"1. ", "2) " at the start of a line (after spaces or markdown marks): a list label.</summary>
    private static bool IsEnumerator(ReadOnlySpan<char> text, int start, int end)
    {
        if (end + 1 >= text.Length || text[end] is not ('.' or ')') || !char.IsWhiteSpace(text[end + 1])) return false;
        for (var k = start - 1; k >= 0; k--)
        {
            var ch = text[k];
            if (ch is '\n' or '\r') return true;
            if (ch is not (' ' or '\t' or '*' or '#' or '>' or '-')) return false;
        }
        return true;
    }

    private static char NextNonSpace(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i < text.Length ? text[i] : '\0';
    }
}
