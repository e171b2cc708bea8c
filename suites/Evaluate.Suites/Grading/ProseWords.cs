using Evaluate.Suites.Grading.Parsing;

namespace Evaluate.Suites.Grading;

/// <summary>
/// Counts the words of prose in an answer: letter runs of two or more letters written as plain text or inside
/// \text{…}/\mbox{…}, except unit words, "and"/"or" and function names. "15 \text{ cm}^2" has none, "\text{no solution}"
/// two, "n \text{ is odd}" two, "Cathy can win if and only if …" many.
/// </summary>
public static class ProseWords
{
    private static readonly HashSet<string> NotProse = new(StringComparer.OrdinalIgnoreCase)
        { "and", "or", "sqrt", "sin", "cos", "tan", "cot", "sec", "csc", "log", "ln", "exp", "pi", "inf", "infty", "arcsin", "arccos", "arctan" };

    public static int Count(string text, int stopAt = int.MaxValue)
    {
        int count = 0, textBraceDepth = -1, braces = 0;
        for (int i = 0; i < text.Length && count < stopAt; i++)
        {
            char c = text[i];
            if (c == '\\')
            {
                int start = i + 1, end = start;
                while (end < text.Length && char.IsAsciiLetter(text[end])) end++;
                if (textBraceDepth < 0 && end > start && LatexVocabulary.TextCommands.Contains(text[start..end])
                    && end < text.Length && text[end] == '{')
                {
                    textBraceDepth = braces;
                    braces++;
                    i = end;
                    continue;
                }
                i = Math.Max(i, end - 1) + (end == start ? 1 : 0);
                continue;
            }
            if (c == '{') { braces++; continue; }
            if (c == '}') { braces--; if (braces == textBraceDepth) textBraceDepth = -1; continue; }
            if (!char.IsAsciiLetter(c)) continue;
            int wordStart = i;
            while (i + 1 < text.Length && char.IsAsciiLetter(text[i + 1])) i++;
            bool inText = textBraceDepth >= 0;
            bool plain = braces == 0 && (wordStart == 0 || text[wordStart - 1] is ' ' or '(' or '\n' or ',');
            if (i - wordStart + 1 < 2 || !(inText || plain)) continue;
            var word = text[wordStart..(i + 1)];
            if (!NotProse.Contains(word) && !LatexVocabulary.Units.Contains(word.ToLowerInvariant())) count++;
        }
        return count;
    }
}
