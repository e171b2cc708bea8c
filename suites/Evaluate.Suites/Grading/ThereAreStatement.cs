namespace Evaluate.Suites.Grading;

/// <summary>
/// A count stated in a concluding sentence: "Therefore, there are 12 distinct sequences that meet the conditions.",
/// "Thus there are 1,024 ways to choose them." The sentence must open with a conclusion word, state "there are" (is,
/// were) directly followed by a number, and hold nothing after it but plain words: "there are 12 ways, not 13" or
/// "there are at most 12" is no answer, and neither is a count in the middle of the reasoning.
/// </summary>
internal static class ThereAreStatement
{
    private const int MaxSentence = 300;
    private static readonly string[] Openers = ["therefore", "thus", "hence", "so", "in total", "in conclusion", "in all", "altogether"];
    private static readonly string[] Counts = ["there are ", "there is ", "there were "];

    public static string? Find(string text, int end)
    {
        int start = SentenceStart(text, end);
        var sentence = text.AsSpan(start, end - start);
        int opener = OpenerLength(sentence);
        if (opener < 0) return null;
        var rest = sentence[opener..].TrimStart(", ");
        foreach (var count in Counts)
        {
            if (!rest.StartsWith(count, StringComparison.OrdinalIgnoreCase)) continue;
            var tail = rest[count.Length..];
            int digits = 0;
            while (digits < tail.Length && (char.IsAsciiDigit(tail[digits]) || (tail[digits] == ',' && digits > 0 && digits + 3 < tail.Length
                && char.IsAsciiDigit(tail[digits + 1]) && char.IsAsciiDigit(tail[digits + 2]) && char.IsAsciiDigit(tail[digits + 3])))) digits++;
            if (digits == 0 || (digits < tail.Length && tail[digits] != ' ')) return null;
            foreach (var c in tail[digits..])
                if (!(char.IsAsciiLetter(c) || c is ' ' or '-' or '\'')) return null;
            return tail[..digits].ToString();
        }
        return null;
    }

    private static int SentenceStart(string text, int end)
    {
        int limit = Math.Max(0, end - MaxSentence);
        for (int i = end - 1; i > limit; i--)
            if (text[i] == '\n' || (text[i] == ' ' && text[i - 1] is '.' or '!' or '?')) return i + 1;
        return limit;
    }

    private static int OpenerLength(ReadOnlySpan<char> sentence)
    {
        foreach (var opener in Openers)
            if (sentence.StartsWith(opener, StringComparison.OrdinalIgnoreCase)
                && (sentence.Length == opener.Length || !char.IsAsciiLetter(sentence[opener.Length])))
                return opener.Length;
        return -1;
    }
}
