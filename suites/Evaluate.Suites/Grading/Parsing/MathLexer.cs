namespace Evaluate.Suites.Grading.Parsing;

/// <summary>
/// Turns an answer string into normalised tokens on demand (one pass, no regex). LaTeX noise
/// (spacing, \left, \$, degree marks) is skipped here so the parser only sees mathematics.
/// </summary>
internal sealed class MathLexer(string source, WorkBudget budget)
{
    private readonly string _s = source;
    private int _pos;
    private int _depth; // bracket depth: thousands separators without "\!" are only recognised at depth 0
    private Token? _peeked;

    public Token Peek() => _peeked ??= Lex();

    public Token Next()
    {
        var token = Peek();
        _peeked = null;
        return token;
    }

    /// <summary>
    /// Reads a single-character LaTeX argument such as the 1 and 2 of \frac12; null when the next
    /// thing is not a plain digit or letter (the caller then parses a token argument).
    /// </summary>
    public string? TryReadSingleCharArgument()
    {
        if (_peeked is not null) return null;
        SkipSpaces();
        if (_pos < _s.Length && (char.IsAsciiDigit(_s[_pos]) || char.IsAsciiLetter(_s[_pos])))
            return _s[_pos++].ToString();
        return null;
    }

    /// <summary>Raw text of a brace group or a single character (subscripts like x_{12}, 204_5, env names).</summary>
    public string? ReadRawArgument()
    {
        if (_peeked is not null) return null;
        SkipSpaces();
        if (_pos >= _s.Length) return null;
        if (_s[_pos] != '{') return _s[_pos++].ToString();
        return ReadBraceContent();
    }

    private void SkipSpaces()
    {
        while (_pos < _s.Length && (char.IsWhiteSpace(_s[_pos]) || _s[_pos] == '~' || _s[_pos] == '$')) _pos++;
    }

    private string? ReadBraceContent()
    {
        int start = _pos + 1, depth = 0;
        for (int i = _pos; i < _s.Length; i++)
        {
            char c = _s[i];
            if (c == '\\') { i++; continue; }
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0)
            {
                _pos = i + 1;
                return _s[start..i];
            }
        }
        return null;
    }

    private Token Lex()
    {
        while (true)
        {
            if (!budget.Spend()) return new Token(TokenKind.Invalid, "budget");
            SkipSpaces();
            if (_pos >= _s.Length) return new Token(TokenKind.End, "");
            char c = _s[_pos];
            if (char.IsAsciiDigit(c) || (c == '.' && _pos + 1 < _s.Length && char.IsAsciiDigit(_s[_pos + 1])))
                return LexNumber();
            if (char.IsAsciiLetter(c)) return LexWord();
            if (c == '\\')
            {
                var token = LexCommand();
                if (token is { } t) return t;
                continue;
            }
            if (c == '^' && SkipDegreeMark()) continue;
            _pos++;
            switch (c)
            {
                // Only brackets that can hold tuples count for the thousands rule; TeX braces are mere grouping.
                case '(' or '[': _depth++; return Symbol(c.ToString());
                case ')' or ']': _depth--; return Symbol(c.ToString());
                case '{' or '}': return Symbol(c.ToString());
                // Plain-text relations as models type them: <=, >=.
                case '<' or '>' when _pos < _s.Length && _s[_pos] == '=':
                    _pos++;
                    return Symbol(c == '<' ? "≤" : "≥");
                case '+' or '-' or '*' or '/' or '^' or '_' or ',' or ';' or '=' or '<' or '>' or '%' or '|' or '&' or ':':
                    return Symbol(c.ToString());
                case '!':
                    if (_pos < _s.Length && _s[_pos] == '=') { _pos++; return Symbol("≠"); }
                    return Symbol("!");
                case '−' or '–': return Symbol("-");
                case '×' or '·' or '⋅': return Symbol("*");
                case '÷': return Symbol("/");
                case '≤' or '≥' or '≠' or '±' or '∪' or '∈' or '≈' or '∅': return Symbol(c.ToString());
                case '⩽': return Symbol("≤");
                case '⩾': return Symbol("≥");
                case 'ℝ': return Symbol("ℝ");
                // Degree and currency signs carry no value: 30° grades like 30, 3,15 € like 3.15.
                case '°' or '€' or '£' or '¥' or '₹': continue;
                case '⌊' or '⌋' or '⌈' or '⌉': return Symbol(c.ToString());
                case 'π': return new Token(TokenKind.Constant, "pi");
                case '∞': return new Token(TokenKind.Constant, "inf");
                case '√': return new Token(TokenKind.Command, "sqrt");
                default: return new Token(TokenKind.Invalid, c.ToString());
            }
        }
    }

    private static Token Symbol(string text) => new(TokenKind.Symbol, text);

    /// <summary>Skips ^\circ and ^{\circ}: degrees are dropped (30^\circ grades like 30).</summary>
    private bool SkipDegreeMark()
    {
        var rest = _s.AsSpan(_pos + 1);
        int skip = rest.StartsWith("\\circ") ? 5 : rest.StartsWith("{\\circ}") ? 7 : rest.StartsWith("{ \\circ }") ? 9 : -1;
        if (skip < 0) return false;
        _pos += 1 + skip;
        return true;
    }

    private Token LexNumber()
    {
        var digits = new System.Text.StringBuilder();
        ReadDigits(digits);
        bool firstGroup = true, decimalComma = false;
        // Thousands separators: "10,\!080", "23{,}508", "1\,000" anywhere; "58,500" and "1 000" (groups of exactly
        // three) at top level only. A decimal comma is read only where it is unambiguous (NumberSeparators).
        while (_pos < _s.Length && digits.Length > 0 && NumberSeparators.Match(_s, _pos) is { } separator)
        {
            if (!separator.Explicit && _depth != 0) break;
            if (firstGroup && digits.Length > 3 && !separator.Explicit) break; // first group must be 1-3 digits
            int j = separator.DigitsStart, k = j;
            while (k < _s.Length && char.IsAsciiDigit(_s[k])) k++;
            if (k - j == 3)
            {
                digits.Append(_s, j, 3);
                _pos = k;
                firstGroup = false;
                continue;
            }
            if (firstGroup && k > j && separator.CanBeDecimalComma(_s, k, EuroContext))
            {
                digits.Append('.').Append(_s, j, k - j);
                _pos = k;
                decimalComma = true;
            }
            break;
        }
        if (!decimalComma && _pos < _s.Length && _s[_pos] == '.' && _pos + 1 < _s.Length && char.IsAsciiDigit(_s[_pos + 1]))
        {
            digits.Append('.');
            _pos++;
            ReadDigits(digits);
        }
        // Scientific notation 1.5e-3 / 2E10; a bare "e" after a number stays Euler's number.
        if (_pos + 1 < _s.Length && (_s[_pos] == 'e' || _s[_pos] == 'E'))
        {
            int j = _pos + 1;
            if (j < _s.Length && (_s[j] == '+' || _s[j] == '-')) j++;
            if (j < _s.Length && char.IsAsciiDigit(_s[j]))
            {
                digits.Append('e').Append(_s, _pos + 1, j - _pos - 1);
                _pos = j;
                ReadDigits(digits);
            }
        }
        if (digits.Length > GradingLimits.MaxDigits) return new Token(TokenKind.Invalid, "digits");
        return new Token(TokenKind.Number, digits.ToString());
    }

    // Computed on the first comma only: whether the answer is written in euros (where "3,15" is a decimal).
    private bool? _euroContext;
    private bool EuroContext => _euroContext ??= _s.Contains('€') || _s.Contains("euro", StringComparison.OrdinalIgnoreCase);

    private void ReadDigits(System.Text.StringBuilder digits)
    {
        int start = _pos;
        while (_pos < _s.Length && char.IsAsciiDigit(_s[_pos])) _pos++;
        digits.Append(_s, start, _pos - start);
        budget.Spend((_pos - start) / 64);
    }

    private Token LexWord()
    {
        int start = _pos;
        int end = start;
        while (end < _s.Length && char.IsAsciiLetter(_s[end])) end++;
        var word = _s[start..end];
        if (word.Length >= 2)
        {
            if (LatexVocabulary.Functions.Contains(word)) { _pos = end; return new Token(TokenKind.Function, word); }
            if (word is "pi") { _pos = end; return new Token(TokenKind.Constant, "pi"); }
            if (word is "inf" or "infty" or "infinity" or "oo") { _pos = end; return new Token(TokenKind.Constant, "inf"); }
            if (word is "sqrt") { _pos = end; return new Token(TokenKind.Command, "sqrt"); }
            if (LatexVocabulary.Units.Contains(word.ToLowerInvariant()) && word.Length >= 2)
            {
                _pos = end;
                return new Token(TokenKind.Word, word);
            }
            if (word.Length >= 3 || word is "or") { _pos = end; return new Token(TokenKind.Word, word); }
        }
        _pos++;
        return word[0] switch
        {
            'e' => new Token(TokenKind.Constant, "e"),
            'i' => new Token(TokenKind.Constant, "i"),
            _ => new Token(TokenKind.Letter, word[0].ToString()),
        };
    }

    /// <summary>\mathbb{R} (or \mathbb R) is the real line; other blackboard letters stay variables.</summary>
    private bool TryReadRealLine()
    {
        int j = _pos;
        while (j < _s.Length && _s[j] == ' ') j++;
        if (j + 2 < _s.Length && _s[j] == '{' && _s[j + 1] == 'R' && _s[j + 2] == '}') { _pos = j + 3; return true; }
        if (j < _s.Length && _s[j] == 'R' && (j + 1 == _s.Length || !char.IsAsciiLetter(_s[j + 1]))) { _pos = j + 1; return true; }
        return false;
    }

    /// <summary>Lexes a backslash command; null when it is skipped noise.</summary>
    private Token? LexCommand()
    {
        int start = ++_pos;
        if (_pos >= _s.Length) return new Token(TokenKind.Invalid, "\\");
        if (!char.IsAsciiLetter(_s[_pos]))
        {
            char c = _s[_pos++];
            // Spacing commands \, \; \: \! and "\ " are noise; \$ is a currency sign.
            if (c is ',' or ';' or ':' or '!' or ' ' or '$' or '>') return null;
            var key = c.ToString();
            if (LatexVocabulary.SymbolCommands.TryGetValue(key, out var sym))
            {
                if (sym == "{set") _depth++;
                if (sym == "}set") _depth--;
                return Symbol(sym);
            }
            return new Token(TokenKind.Invalid, key);
        }
        while (_pos < _s.Length && char.IsAsciiLetter(_s[_pos])) _pos++;
        var name = _s[start.._pos];
        if (name is "mathbb" && TryReadRealLine()) return Symbol("ℝ");
        if (LatexVocabulary.Ignored.Contains(name)) return null;
        if (LatexVocabulary.Unsupported.Contains(name)) return new Token(TokenKind.Invalid, name);
        if (LatexVocabulary.TextCommands.Contains(name))
        {
            SkipSpaces();
            if (_pos < _s.Length && _s[_pos] == '{')
            {
                var content = ReadBraceContent();
                return content is null ? new Token(TokenKind.Invalid, name) : new Token(TokenKind.Text, content);
            }
            return null;
        }
        if (LatexVocabulary.Functions.Contains(name)) return new Token(TokenKind.Function, name);
        if (LatexVocabulary.SymbolCommands.TryGetValue(name, out var symbol)) return Symbol(symbol);
        if (name is "pi") return new Token(TokenKind.Constant, "pi");
        if (name is "infty" or "infinity") return new Token(TokenKind.Constant, "inf");
        if (name is "frac" or "dfrac" or "tfrac" or "cfrac") return new Token(TokenKind.Command, "frac");
        if (name is "binom" or "dbinom" or "tbinom") return new Token(TokenKind.Command, "binom");
        if (name is "sqrt") return new Token(TokenKind.Command, "sqrt");
        if (name is "begin" or "end")
        {
            var env = ReadRawArgument();
            if (env is null) return new Token(TokenKind.Invalid, name);
            if (name == "begin" && env == "array" && _pos < _s.Length && _s[_pos] == '{') ReadBraceContent();
            return new Token(TokenKind.Command, name + ":" + env.Trim());
        }
        // Greek letters and anything unknown act as a named variable (consistent on both sides).
        return new Token(TokenKind.Letter, "\\" + name);
    }
}
