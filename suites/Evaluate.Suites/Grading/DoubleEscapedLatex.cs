namespace Evaluate.Suites.Grading;

/// <summary>
/// LaTeX that went through JSON escaping twice arrives as "\\frac{1}{2}". It is recognised by a doubled backslash
/// directly followed by a known command name; a real row break "\\" is followed by a space, digit, sign or
/// another backslash, so matrices written correctly are left alone.
/// </summary>
public static class DoubleEscapedLatex
{
    private static readonly HashSet<string> Commands = new(StringComparer.Ordinal)
    {
        "frac", "dfrac", "tfrac", "cfrac", "sqrt", "boxed", "fbox", "text", "mathrm", "mathbf", "mbox", "left", "right",
        "cdot", "times", "div", "pi", "infty", "begin", "end", "le", "leq", "ge", "geq", "ne", "neq", "lt", "gt", "pm",
        "cup", "cap", "in", "mathbb", "circ", "approx", "binom", "dbinom", "sin", "cos", "tan", "log", "ln", "emptyset",
        "varnothing", "alpha", "beta", "theta", "displaystyle", "quad",
    };

    public static string Unescape(string text)
    {
        int i = text.IndexOf("\\\\", StringComparison.Ordinal);
        if (i < 0 || !LooksDoubleEscaped(text, i)) return text;
        return text.Replace("\\\\", "\\", StringComparison.Ordinal);
    }

    private static bool LooksDoubleEscaped(string text, int from)
    {
        for (int i = from; i + 2 < text.Length; i++)
        {
            if (text[i] != '\\') continue;
            if (text[i + 1] != '\\') { i++; continue; } // a single command such as \frac
            int start = i + 2, end = start;
            while (end < text.Length && end - start < 16 && char.IsAsciiLetter(text[end])) end++;
            if (end > start && Commands.Contains(text[start..end])) return true;
            i++;
        }
        return false;
    }
}
