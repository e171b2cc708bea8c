using System.Globalization;
using System.Text;

namespace Evaluate.Adapters.Onnx.Prompting.Jinja;

/// <summary>
/// Splits a template into text and tag tokens the way Hugging Face's Jinja environment does: <c>trim_blocks</c> (the
/// first newline after a <c>%}</c> or <c>#}</c> is dropped), <c>lstrip_blocks</c> (spaces and tabs before a block or
/// comment tag on its own line are dropped), <c>-</c> to strip all whitespace on that side, <c>+</c> to keep it, and one
/// trailing newline of the template removed.
/// </summary>
public sealed class TemplateLexer
{
    private static readonly string[] Operators = ["//", "**", "==", "!=", "<=", ">=", "+", "-", "*", "/", "%", "~", "<", ">", "=", ".", ",", ":", "|", "(", ")", "[", "]", "{", "}"];

    private readonly string _source;
    private readonly string _name;
    private readonly List<Token> _tokens = [];
    private int _pos;

    private TemplateLexer(string source, string name)
    {
        _source = source.EndsWith("\r\n", StringComparison.Ordinal) ? source[..^2] : source.EndsWith('\n') ? source[..^1] : source;
        _name = name;
    }

    public static IReadOnlyList<Token> Tokenize(string source, string name)
    {
        var lexer = new TemplateLexer(source, name);
        lexer.Run();
        return lexer._tokens;
    }

    private void Run()
    {
        var stripNextLeading = false;
        while (_pos <= _source.Length)
        {
            var start = NextTagStart(_pos);
            var textEnd = start < 0 ? _source.Length : start;
            var text = _source[_pos..textEnd];
            if (stripNextLeading) text = text.TrimStart();
            stripNextLeading = false;
            if (start < 0)
            {
                AddText(text, _pos);
                break;
            }
            var kind = _source[start + 1];
            var modifier = start + 2 < _source.Length ? _source[start + 2] : '\0';
            if (modifier == '-') text = text.TrimEnd();
            else if (modifier != '+' && kind != '{') text = LstripBlock(text, _pos);
            AddText(text, _pos);
            var inner = start + 2 + (modifier is '-' or '+' ? 1 : 0);
            (_pos, stripNextLeading) = kind switch
            {
                '#' => SkipComment(start, inner),
                '{' => LexTag(start, inner, TokenKind.PrintStart, TokenKind.PrintEnd, "}}"),
                _ => LexTag(start, inner, TokenKind.StatementStart, TokenKind.StatementEnd, "%}"),
            };
        }
        _tokens.Add(new Token(TokenKind.End, "", _source.Length));
    }

    private int NextTagStart(int from)
    {
        for (var i = from; i < _source.Length - 1; i++)
            if (_source[i] == '{' && _source[i + 1] is '{' or '%' or '#') return i;
        return -1;
    }

    private void AddText(string text, int offset)
    {
        if (text.Length > 0) _tokens.Add(new Token(TokenKind.Text, text, offset));
    }

    /// <summary>lstrip_blocks: spaces and tabs between the line's start and a block tag go.</summary>
    private string LstripBlock(string text, int textOffset)
    {
        var lineStart = text.LastIndexOf('\n') + 1;
        var startsLine = lineStart > 0 || textOffset == 0 || _source[textOffset - 1] == '\n';
        if (!startsLine) return text;
        for (var i = lineStart; i < text.Length; i++)
            if (text[i] is not (' ' or '\t')) return text;
        return text[..lineStart];
    }

    private (int Next, bool StripNext) SkipComment(int start, int inner)
    {
        var end = _source.IndexOf("#}", inner, StringComparison.Ordinal);
        if (end < 0) throw Error(start, "comment '{#' is never closed with '#}'");
        var strip = end > inner && _source[end - 1] == '-';
        var keep = end > inner && _source[end - 1] == '+';
        return (TrimBlock(end + 2, strip || keep), strip);
    }

    /// <summary>trim_blocks: the first newline after a block or comment tag goes, unless the tag ends in <c>+</c> or <c>-</c>.</summary>
    private int TrimBlock(int after, bool controlled)
    {
        if (controlled) return after;
        if (after < _source.Length && _source[after] == '\n') return after + 1;
        if (after + 1 < _source.Length && _source[after] == '\r' && _source[after + 1] == '\n') return after + 2;
        return after;
    }

    private (int Next, bool StripNext) LexTag(int start, int inner, TokenKind open, TokenKind close, string closer)
    {
        _tokens.Add(new Token(open, _source.Substring(start, 2), start));
        var pos = inner;
        var depth = 0;
        while (true)
        {
            while (pos < _source.Length && char.IsWhiteSpace(_source[pos])) pos++;
            if (pos >= _source.Length) throw Error(start, $"tag '{_source.Substring(start, 2)}' is never closed with '{closer}'");
            if (depth <= 0 && Closes(pos, closer, out var length, out var control))
            {
                _tokens.Add(new Token(close, closer, pos));
                var after = pos + length;
                return (open == TokenKind.StatementStart ? TrimBlock(after, control != '\0') : after, control == '-');
            }
            var c = _source[pos];
            if (char.IsLetter(c) || c == '_') pos = LexName(pos);
            else if (char.IsDigit(c)) pos = LexNumber(pos);
            else if (c is '\'' or '"') pos = LexString(pos);
            else
            {
                var op = Operators.FirstOrDefault(o => string.CompareOrdinal(_source, pos, o, 0, o.Length) == 0)
                    ?? throw Error(pos, $"unexpected character '{c}'");
                // Only braces can make "}}" ambiguous (a dict literal inside a print tag).
                if (op == "{") depth++;
                if (op == "}") depth--;
                _tokens.Add(new Token(TokenKind.Operator, op, pos));
                pos += op.Length;
            }
        }
    }

    private bool Closes(int pos, string closer, out int length, out char control)
    {
        control = _source[pos];
        if (control is '-' or '+' && string.CompareOrdinal(_source, pos + 1, closer, 0, closer.Length) == 0)
        {
            length = closer.Length + 1;
            return true;
        }
        control = '\0';
        length = closer.Length;
        return string.CompareOrdinal(_source, pos, closer, 0, closer.Length) == 0;
    }

    private int LexName(int pos)
    {
        var end = pos;
        while (end < _source.Length && (char.IsLetterOrDigit(_source[end]) || _source[end] == '_')) end++;
        _tokens.Add(new Token(TokenKind.Name, _source[pos..end], pos));
        return end;
    }

    private int LexNumber(int pos)
    {
        var end = pos;
        while (end < _source.Length && (char.IsDigit(_source[end]) || _source[end] == '_')) end++;
        var isFloat = end + 1 < _source.Length && _source[end] == '.' && char.IsDigit(_source[end + 1]);
        if (isFloat)
        {
            end++;
            while (end < _source.Length && char.IsDigit(_source[end])) end++;
        }
        var text = _source[pos..end].Replace("_", "", StringComparison.Ordinal);
        _tokens.Add(new Token(isFloat ? TokenKind.Float : TokenKind.Integer, text, pos));
        return end;
    }

    private int LexString(int pos)
    {
        var quote = _source[pos];
        var value = new StringBuilder();
        var i = pos + 1;
        while (true)
        {
            if (i >= _source.Length) throw Error(pos, "string is never closed");
            var c = _source[i];
            if (c == quote) break;
            if (c != '\\' || i + 1 >= _source.Length)
            {
                value.Append(c);
                i++;
                continue;
            }
            i = Unescape(i, value);
        }
        _tokens.Add(new Token(TokenKind.String, value.ToString(), pos));
        return i + 1;
    }

    /// <summary>Python string escapes (Jinja unescapes string literals the same way); an unknown escape stays as written.</summary>
    private int Unescape(int backslash, StringBuilder value)
    {
        var e = _source[backslash + 1];
        switch (e)
        {
            case 'n': value.Append('\n'); return backslash + 2;
            case 't': value.Append('\t'); return backslash + 2;
            case 'r': value.Append('\r'); return backslash + 2;
            case '0': value.Append('\0'); return backslash + 2;
            case '\\' or '\'' or '"': value.Append(e); return backslash + 2;
            case '\n': return backslash + 2;
            case 'x': return Hex(backslash, 2, value);
            case 'u': return Hex(backslash, 4, value);
            case 'U': return Hex(backslash, 8, value);
            default: value.Append('\\').Append(e); return backslash + 2;
        }
    }

    private int Hex(int backslash, int digits, StringBuilder value)
    {
        var start = backslash + 2;
        if (start + digits > _source.Length || !int.TryParse(_source.AsSpan(start, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
            throw Error(backslash, $"malformed \\{_source[backslash + 1]} escape");
        value.Append(char.ConvertFromUtf32(code));
        return start + digits;
    }

    private TemplateException Error(int offset, string cause) => new(_name, SourcePosition.At(_source, offset), cause);
}
