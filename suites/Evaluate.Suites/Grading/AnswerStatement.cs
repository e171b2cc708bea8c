namespace Evaluate.Suites.Grading;

/// <summary>
/// The answer inside a statement that follows an answer cue, with the prose around it removed:
/// "there are 12 ways" → "12", "16 and we checked it twice" → "16", "$\frac{1}{2}$ of the total" → "$\frac{1}{2}$".
/// A statement without prose, a purely textual one ("no solution") or a conditional one ("6 when n is even") is kept whole,
/// so a conditional answer is never cut down to one of its cases.
/// </summary>
public static class AnswerStatement
{
    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase) { "and", "or" };
    private static readonly HashSet<string> Conditions = new(StringComparer.OrdinalIgnoreCase)
        { "if", "when", "whenever", "otherwise", "unless", "except", "only", "else" };
    private static readonly HashSet<string> Copulas = new(StringComparer.OrdinalIgnoreCase) { "is", "are", "equals", "be", "was" };
    private const int MaxLeadingWords = 3;
    private static readonly HashSet<string> MathWords = new(StringComparer.OrdinalIgnoreCase)
        { "sqrt", "sin", "cos", "tan", "cot", "sec", "csc", "log", "exp", "arcsin", "arccos", "arctan", "pi", "infty" };

    public static string Core(string statement)
    {
        var words = PlainWords(statement);
        if (words.Count == 0 || words.Any(w => Conditions.Contains(statement[w.Start..w.End]))) return statement;
        bool IsProse((int Start, int End) w) => w.End - w.Start >= 3 && !Connectors.Contains(statement[w.Start..w.End]) && !MathWords.Contains(statement[w.Start..w.End]);
        if (!words.Any(IsProse)) return statement;

        // A restated result "the value of \(a_{10}\) is \(248\)" states what follows its last verb.
        int w = 0, p = 0;
        int lastMath = statement.AsSpan().LastIndexOfAny(MathCharacters);
        for (int i = words.Count - 1; i >= 0; i--)
        {
            if (words[i].End > lastMath || !Copulas.Contains(statement[words[i].Start..words[i].End])) continue;
            p = words[i].End;
            w = i + 1;
            break;
        }
        // Skip a few leading words ("there are", "The point is"), then cut at the next prose word. A longer lead-in
        // is a sentence about something else ("the altitude from vertex \(A\) can be …"): nothing is cut.
        for (int skipped = 0; skipped < MaxLeadingWords; skipped++)
        {
            while (p < statement.Length && (char.IsWhiteSpace(statement[p]) || statement[p] is ',' or ':' or ';')) p++;
            if (w < words.Count && words[w].Start == p && words[w].End - words[w].Start >= 2) { p = words[w].End; w++; continue; }
            break;
        }
        while (w < words.Count && !IsProse(words[w])) w++;
        int q = w < words.Count ? words[w].Start : statement.Length;
        var core = TrimTrailingWords(statement[p..q]);
        return HasMath(core) ? core : statement;
    }

    private const string MathCharacters = "0123456789$\\";

    private static bool HasMath(ReadOnlySpan<char> s) => s.IndexOfAny(MathCharacters) >= 0;

    private static string TrimTrailingWords(string s)
    {
        while (true)
        {
            var t = s.TrimEnd().TrimEnd(',', ';', ':', '-', '—').TrimEnd();
            int i = t.Length;
            while (i > 0 && char.IsAsciiLetter(t[i - 1])) i--;
            // Only words of two or more letters: a trailing single letter is a variable ("x = y").
            bool plainWord = t.Length - i >= 2 && (i == 0 || t[i - 1] == ' ');
            if (plainWord && i > 0) t = t[..i];
            if (t.Length == s.Length) return s;
            s = t;
        }
    }

    /// <summary>Letter runs outside math delimiters and braces that are not LaTeX command names.</summary>
    private static List<(int Start, int End)> PlainWords(string s)
    {
        var words = new List<(int, int)>();
        bool inDollar = false, inParenMath = false;
        int braces = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\\' && i + 1 < s.Length)
            {
                if (s[i + 1] is '(' or '[') { inParenMath = true; i++; continue; }
                if (s[i + 1] is ')' or ']') { inParenMath = false; i++; continue; }
                i++;
                while (i + 1 < s.Length && char.IsAsciiLetter(s[i + 1])) i++; // a command name is not a word
                continue;
            }
            if (c == '$') { inDollar = !inDollar; continue; }
            if (c == '{') { braces++; continue; }
            if (c == '}') { braces = Math.Max(0, braces - 1); continue; }
            if (!char.IsAsciiLetter(c)) continue;
            int start = i;
            while (i + 1 < s.Length && (char.IsAsciiLetter(s[i + 1]) || s[i + 1] == '\'')) i++;
            bool plain = start == 0 || s[start - 1] is ' ' or '(' or '"' or ',' or '\n';
            if (!inDollar && !inParenMath && braces == 0 && plain) words.Add((start, i + 1));
        }
        return words;
    }
}
