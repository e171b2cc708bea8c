namespace Evaluate.Suites.Grading;

/// <summary>Light clean-up of an answer string before parsing: math delimiters, surrounding space, a closing full stop, markdown bold.</summary>
public static class AnswerText
{
    public static string Clean(string answer)
    {
        var s = answer.AsSpan().Trim();
        for (int round = 0; round < 4; round++)
        {
            var before = s.Length;
            s = WithoutClosingStop(s.Trim()).Trim();
            // Markdown bold, also when the cue sat inside it ("**Answer: 7**" leaves "7**").
            if (s.StartsWith("**")) s = s[2..];
            if (s.EndsWith("**")) s = s[..^2];
            // Delimiters are removed only when one pair encloses the whole text: "\(a\) is \(b\)" keeps them.
            if (s.StartsWith("$$") && s.EndsWith("$$") && s.Length >= 4 && s[2..^2].IndexOf("$$") < 0) s = s[2..^2];
            else if (s.StartsWith("$") && s.EndsWith("$") && s.Length >= 2 && !s[1..^1].Contains('$')) s = s[1..^1];
            if (s.Length >= 4 && ((s.StartsWith("\\(") && s.EndsWith("\\)") && s[2..^2].IndexOf("\\)") < 0)
                || (s.StartsWith("\\[") && s.EndsWith("\\]") && s[2..^2].IndexOf("\\]") < 0))) s = s[2..^2];
            if (s.Length == before) break;
        }
        return s.ToString();
    }

    /// <summary>
    /// A closing full stop (or two) removed, but never an ellipsis: "1, 2, 3, ..." states an infinite sequence, and
    /// stripping its dots would make it equal to the finite list "1, 2, 3".
    /// </summary>
    private static ReadOnlySpan<char> WithoutClosingStop(ReadOnlySpan<char> s)
    {
        int dots = 0;
        while (dots < s.Length && s[s.Length - 1 - dots] == '.') dots++;
        return dots is 1 or 2 ? s[..^dots] : s;
    }

    /// <summary>The text with all whitespace removed (the cheap exact-match test).</summary>
    public static bool SameIgnoringSpace(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && char.IsWhiteSpace(a[i])) i++;
            while (j < b.Length && char.IsWhiteSpace(b[j])) j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
            if (a[i++] != b[j++]) return false;
        }
    }
}
