using System.Buffers;
using System.Text;

namespace Evaluate.Suites.Grading;

/// <summary>
/// A grade line read in one forward pass over its bytes, for the common case only: one JSON object whose values are
/// strings, numbers, true, false or null, with gold, response and id each given at most once, no \uD8xx-style
/// escape and no nested value. Strings are validated and decoded in the same pass (the general JSON reader validated
/// escaped strings byte by byte and decoded them in a second pass: most of what was left of `grade`'s time, issue 12).
/// Anything else returns false and goes through the document path, which reads it as before and gives the errors;
/// so what a line means never depends on the path it took. The caller has checked the line is valid UTF-8.
/// </summary>
internal static class FastPairReader
{
    /// <summary>Bytes that end a plain run inside a string: the quote, a backslash, and control characters.</summary>
    private static readonly SearchValues<byte> StringSpecials =
        SearchValues.Create([.. Enumerable.Range(0, 0x20).Select(b => (byte)b), (byte)'"', (byte)'\\']);

    [ThreadStatic] private static char[]? _chars;

    public static bool TryRead(ReadOnlySpan<byte> line, out GradingPair pair)
    {
        pair = default;
        string? gold = null, response = null, idText = null;
        byte[]? idNumber = null;
        bool seenGold = false, seenResponse = false, seenId = false, idIsNull = false;
        var at = SkipWhitespace(line, 0);
        if (at >= line.Length || line[at] != '{') return false;
        at = SkipWhitespace(line, at + 1);
        if (at < line.Length && line[at] == '}') return false; // an empty object lacks gold and response
        while (true)
        {
            if (!TryReadKey(line, ref at, out var field)) return false;
            at = SkipWhitespace(line, at);
            if (at >= line.Length || line[at] != ':') return false;
            at = SkipWhitespace(line, at + 1);
            if (at >= line.Length) return false;
            switch (field)
            {
                case Field.Gold when !seenGold:
                    seenGold = true;
                    if (line[at] == '"') { if (!TryReadString(line, ref at, out gold)) return false; }
                    else if (TryReadNumber(line, ref at, out var number)) gold = Encoding.UTF8.GetString(number);
                    else return false;
                    break;
                case Field.Response when !seenResponse:
                    seenResponse = true;
                    if (line[at] == '"') { if (!TryReadString(line, ref at, out response)) return false; }
                    else if (!TryReadLiteral(line, ref at, "null"u8)) return false;
                    break;
                case Field.Id when !seenId:
                    seenId = true;
                    if (line[at] == '"') { if (!TryReadString(line, ref at, out idText)) return false; }
                    else if (TryReadNumber(line, ref at, out var number)) idNumber = number.ToArray();
                    else if (TryReadLiteral(line, ref at, "null"u8)) idIsNull = true;
                    else return false;
                    break;
                case Field.Other:
                    if (!TrySkipScalar(line, ref at)) return false;
                    break;
                default:
                    return false; // a field given twice: the document path decides which one counts
            }
            at = SkipWhitespace(line, at);
            if (at >= line.Length) return false;
            if (line[at] == '}') break;
            if (line[at] != ',') return false;
            at = SkipWhitespace(line, at + 1);
        }
        // Nothing but JSON whitespace may follow the object.
        if (SkipWhitespace(line, at + 1) != line.Length || !seenGold || !seenResponse) return false;
        pair = new GradingPair(gold!, response, seenId, idIsNull, idText, idNumber);
        return true;
    }

    /// <summary>A property name: plain ASCII without escapes (anything else goes the document way).</summary>
    private static bool TryReadKey(ReadOnlySpan<byte> line, ref int at, out Field field)
    {
        field = Field.Other;
        if (at >= line.Length || line[at] != '"') return false;
        var end = line[(at + 1)..].IndexOfAny(StringSpecials);
        if (end < 0 || line[at + 1 + end] != '"') return false;
        var name = line.Slice(at + 1, end);
        if (!Ascii.IsValid(name)) return false;
        field = name.SequenceEqual("gold"u8) ? Field.Gold : name.SequenceEqual("response"u8) ? Field.Response : name.SequenceEqual("id"u8) ? Field.Id : Field.Other;
        at += end + 2;
        return true;
    }

    /// <summary>
    /// A JSON string, validated and decoded: plain runs are transcoded in bulk, escapes one by one. With
    /// <paramref name="keep"/> false (another field's value) it is only checked: no string is made.
    /// </summary>
    private static bool TryReadString(ReadOnlySpan<byte> line, ref int at, out string? value, bool keep = true)
    {
        value = null;
        var i = at + 1;
        var chars = _chars ??= new char[4096];
        var length = 0;
        while (true)
        {
            var run = line[i..].IndexOfAny(StringSpecials);
            if (run < 0) return false; // unterminated
            if (run > 0)
            {
                var plain = line.Slice(i, run);
                EnsureRoom(ref chars, length, plain.Length);
                length += Encoding.UTF8.GetChars(plain, chars.AsSpan(length));
                i += run;
            }
            var special = line[i];
            if (special == '"') break;
            if (special != '\\' || i + 1 >= line.Length) return false; // a raw control character is not JSON
            EnsureRoom(ref chars, length, 1);
            switch (line[i + 1])
            {
                case (byte)'"': chars[length++] = '"'; i += 2; break;
                case (byte)'\\': chars[length++] = '\\'; i += 2; break;
                case (byte)'/': chars[length++] = '/'; i += 2; break;
                case (byte)'b': chars[length++] = '\b'; i += 2; break;
                case (byte)'f': chars[length++] = '\f'; i += 2; break;
                case (byte)'n': chars[length++] = '\n'; i += 2; break;
                case (byte)'r': chars[length++] = '\r'; i += 2; break;
                case (byte)'t': chars[length++] = '\t'; i += 2; break;
                case (byte)'u':
                    if (i + 6 > line.Length || !TryHex(line.Slice(i + 2, 4), out var unit)) return false;
                    // Surrogates (paired or lone) are left to the document path and its surrogate checks.
                    if (unit is >= 0xD800 and <= 0xDFFF) return false;
                    chars[length++] = (char)unit;
                    i += 6;
                    break;
                default:
                    return false;
            }
        }
        _chars = chars;
        value = keep ? new string(chars, 0, length) : null;
        at = i + 1;
        return true;
    }

    private static void EnsureRoom(ref char[] chars, int length, int more)
    {
        if (length + more <= chars.Length) return;
        Array.Resize(ref chars, Math.Max(chars.Length * 2, length + more));
    }

    private static bool TryHex(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var d in digits)
        {
            var v = d is >= (byte)'0' and <= (byte)'9' ? d - '0' : d is >= (byte)'a' and <= (byte)'f' ? d - 'a' + 10 : d is >= (byte)'A' and <= (byte)'F' ? d - 'A' + 10 : -1;
            if (v < 0) return false;
            value = value * 16 + v;
        }
        return true;
    }

    /// <summary>A number exactly as RFC 8259 writes it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?</summary>
    private static bool TryReadNumber(ReadOnlySpan<byte> line, ref int at, out ReadOnlySpan<byte> number)
    {
        number = default;
        var i = at;
        if (i < line.Length && line[i] == '-') i++;
        if (i >= line.Length) return false;
        if (line[i] == '0') i++;
        else if (line[i] is >= (byte)'1' and <= (byte)'9') i = Digits(line, i);
        else return false;
        if (i < line.Length && line[i] == '.')
        {
            var after = Digits(line, i + 1);
            if (after == i + 1) return false;
            i = after;
        }
        if (i < line.Length && line[i] is (byte)'e' or (byte)'E')
        {
            i++;
            if (i < line.Length && line[i] is (byte)'+' or (byte)'-') i++;
            var after = Digits(line, i);
            if (after == i) return false;
            i = after;
        }
        // A number ends at whitespace, a comma or the object's end; anything else ("01", "1x") is not JSON.
        if (i < line.Length && line[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)',' or (byte)'}')) return false;
        number = line[at..i];
        at = i;
        return true;
    }

    private static int Digits(ReadOnlySpan<byte> line, int i)
    {
        while (i < line.Length && line[i] is >= (byte)'0' and <= (byte)'9') i++;
        return i;
    }

    private static bool TryReadLiteral(ReadOnlySpan<byte> line, ref int at, ReadOnlySpan<byte> literal)
    {
        if (!line[at..].StartsWith(literal)) return false;
        var end = at + literal.Length;
        if (end < line.Length && line[end] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)',' or (byte)'}')) return false;
        at = end;
        return true;
    }

    /// <summary>Another field's value: a string, number or literal (objects and arrays go the document way).</summary>
    private static bool TrySkipScalar(ReadOnlySpan<byte> line, ref int at) => line[at] switch
    {
        (byte)'"' => TryReadString(line, ref at, out _, keep: false),
        (byte)'t' => TryReadLiteral(line, ref at, "true"u8),
        (byte)'f' => TryReadLiteral(line, ref at, "false"u8),
        (byte)'n' => TryReadLiteral(line, ref at, "null"u8),
        _ => TryReadNumber(line, ref at, out _),
    };

    private static int SkipWhitespace(ReadOnlySpan<byte> line, int at)
    {
        while (at < line.Length && line[at] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') at++;
        return at;
    }

    private enum Field { Other, Gold, Response, Id }
}
