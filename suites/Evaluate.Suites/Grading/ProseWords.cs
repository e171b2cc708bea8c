using Evaluate.Suites.Grading.Parsing;

namespace Evaluate.Suites.Grading;

/// <summary>
/// Counts the words of prose in an answer: letter runs of two or more letters written as plain text or inside
/// \text{…}/\mbox{…}, except unit words, "and"/"or" and function names. "15 \text{ cm}^2" has none, "\text{no solution}"
/// two, "n \text{ is odd}" two, "Cathy can win if and only if …" many.
/// </summary>
public static class ProseWords
{
    // Looked up by span (no substring per word): prose detection runs on every graded gold.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotProse = new HashSet<string>(
        ["and", "or", "sqrt", "sin", "cos", "tan", "cot", "sec", "csc", "log", "ln", "exp", "pi", "inf", "infty", "arcsin", "arccos", "arctan",
         .. LatexVocabulary.Units], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TextCommands =
        new HashSet<string>(LatexVocabulary.TextCommands, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

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
                if (textBraceDepth < 0 && end > start && TextCommands.Contains(text.AsSpan(start, end - start))
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
            if (!NotProse.Contains(text.AsSpan(wordStart, i + 1 - wordStart))) count++;
        }
        return count;
    }
}
