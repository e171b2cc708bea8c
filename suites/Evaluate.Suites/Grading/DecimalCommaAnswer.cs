namespace Evaluate.Suites.Grading;

/// <summary>
/// Reads a decimal comma in an answer where nothing else can be meant: the answer holds exactly one comma, bare,
/// between digits, with no space after it and a group of other than three digits after it ("1,22", "-0,5", "12,5 cm",
/// "3,14159"), no bracket (so "(1,5)" stays a pair), and the gold is a single number (no comma that lists: a gold "1, 22"
/// keeps "1,22" a list). "1,220" is a thousand two hundred and twenty; "1,2,3" and "1, 22" are lists.
/// One scan of each side; the answer is rewritten only when the rule applies.
/// </summary>
internal static class DecimalCommaAnswer
{
    public static string Read(string gold, string answer)
    {
        int comma = answer.IndexOf(',');
        if (comma <= 0 || comma + 1 >= answer.Length || answer.IndexOf(',', comma + 1) >= 0) return answer;
        if (!char.IsAsciiDigit(answer[comma - 1]) || !char.IsAsciiDigit(answer[comma + 1])) return answer;
        int after = comma + 1;
        while (after < answer.Length && char.IsAsciiDigit(answer[after])) after++;
        if (after - comma - 1 == 3) return answer; // a thousands group
        if (after < answer.Length && answer[after] is '.') return answer;
        int before = comma - 1;
        while (before > 0 && char.IsAsciiDigit(answer[before - 1])) before--;
        if (before > 0 && answer[before - 1] is '.' or '{' or '_' or '^') return answer; // "1.2,5", "10^{1,5}"
        if (answer.AsSpan().IndexOfAny("([{}])|") >= 0 && !OnlyTextBraces(answer)) return answer;
        if (!GoldIsOneNumber(gold)) return answer;
        return string.Concat(answer.AsSpan(0, comma), ".", answer.AsSpan(comma + 1));
    }

    // "12,5 \text{ cm}": braces of a trailing unit text are no structure.
    private static bool OnlyTextBraces(string answer)
    {
        int text = answer.IndexOf("\\text{", StringComparison.Ordinal);
        if (text < 0) text = answer.IndexOf("\\mbox{", StringComparison.Ordinal);
        return text > answer.IndexOf(',') && answer.AsSpan(0, text).IndexOfAny("([{}])|") < 0;
    }

    /// <summary>A gold without a list comma: every comma in it is a thousands separator ("10,455", "1{,}000", "2,\!048").</summary>
    private static bool GoldIsOneNumber(string gold)
    {
        if (!gold.AsSpan().ContainsAnyInRange('0', '9')) return false;
        for (int i = gold.IndexOf(','); i >= 0; i = gold.IndexOf(',', i + 1))
        {
            int j = i + 1;
            if (j < gold.Length && gold[j] == '}') j++;
            else if (j + 1 < gold.Length && gold[j] == '\\' && gold[j + 1] == '!') j += 2;
            int digits = 0;
            while (j + digits < gold.Length && char.IsAsciiDigit(gold[j + digits])) digits++;
            if (digits != 3 || i == 0 || !(char.IsAsciiDigit(gold[i - 1]) || gold[i - 1] == '{')) return false;
        }
        return true;
    }
}
