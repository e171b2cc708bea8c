using System.Text;

namespace Evaluate.Suites.Grading;

/// <summary>
/// Takes a number out of the text command a model wrapped it in: <c>\text{5}</c> → <c>5</c>, <c>\textbf{12}</c> →
/// <c>12</c>, <c>\mbox{-3.5}</c> → <c>-3.5</c>, <c>\text{\$5}</c> → <c>\$5</c>, and a number with its unit
/// <c>\text{5 cm}</c> → <c>5\text{ cm}</c> (the unit stays text and is dropped as a unit is). Only when the braced text
/// starts with the number and the rest has no digit: <c>\text{5 or 6}</c>, <c>\text{2 hours 30 minutes}</c> and
/// <c>\text{Case 1}</c> are left as written. One pass, linear; text without a text command is returned as is.
/// </summary>
internal static class TextWrappedNumber
{
    private static readonly string[] Commands = ["\\textbf{", "\\textrm{", "\\textit{", "\\textnormal{", "\\textsf{", "\\text{", "\\mbox{", "\\mathrm{", "\\mathbf{"];

    private const int MaxInner = 64;

    public static string Unwrap(string s)
    {
        if (s.IndexOf('\\') < 0 || !(s.Contains("\\text", StringComparison.Ordinal) || s.Contains("\\mbox{", StringComparison.Ordinal)
                                     || s.Contains("\\math", StringComparison.Ordinal))) return s;
        StringBuilder? sb = null;
        int copied = 0;
        for (int i = s.IndexOf('\\'); i >= 0 && i < s.Length; i = s.IndexOf('\\', i + 1))
        {
            var command = CommandAt(s, i);
            if (command is null) continue;
            int open = i + command.Length;
            // A number with its unit is short: the closer is looked for in a small window, so the pass stays linear.
            int window = s.AsSpan(open, Math.Min(MaxInner, s.Length - open)).IndexOf('}');
            if (window < 0) continue;
            int close = open + window;
            var inner = s.AsSpan(open, close - open);
            if (inner.Contains('{') || NumberLength(inner) is not (> 0 and var numberEnd)) continue;
            var rest = inner[numberEnd..];
            if (rest.ContainsAnyInRange('0', '9') || rest.Contains('\\')) continue;
            sb ??= new StringBuilder(s.Length);
            sb.Append(s, copied, i - copied).Append(inner[..numberEnd].Trim());
            if (!rest.IsWhiteSpace()) sb.Append("\\text{").Append(rest).Append('}');
            copied = close + 1;
            i = close;
        }
        return sb is null ? s : sb.Append(s, copied, s.Length - copied).ToString();
    }

    private static string? CommandAt(string s, int i)
    {
        var rest = s.AsSpan(i);
        foreach (var command in Commands)
            if (rest.StartsWith(command, StringComparison.Ordinal)) return command;
        return null;
    }

    /// <summary>The length of the leading number (spaces, a sign, "\$", digits with "," "." and "{,}"), or 0.</summary>
    private static int NumberLength(ReadOnlySpan<char> inner)
    {
        int i = 0;
        while (i < inner.Length && inner[i] == ' ') i++;
        if (i < inner.Length && inner[i] is '-' or '+') i++;
        if (i + 1 < inner.Length && inner[i] == '\\' && inner[i + 1] == '$') i += 2;
        else if (i < inner.Length && inner[i] is '$' or '€' or '£') i++;
        int digitsStart = i;
        while (i < inner.Length && (char.IsAsciiDigit(inner[i]) || (inner[i] is ',' or '.' && i + 1 < inner.Length && char.IsAsciiDigit(inner[i + 1]) && i > digitsStart)))
            i++;
        if (i == digitsStart) return 0;
        if (i < inner.Length && inner[i] == '%') i++;
        else if (i + 1 < inner.Length && inner[i] == '\\' && inner[i + 1] == '%') i += 2;
        // A number glued to letters ("5th", "2x") is not a number with a unit.
        return i < inner.Length && char.IsAsciiLetter(inner[i]) ? 0 : i;
    }
}
