namespace Evaluate.Suites.Grading.Equivalence;

/// <summary>The comparison key of words: letters and digits only, lower case ("\text{ East }" and "east" agree).</summary>
internal static class TextKey
{
    public static string Of(string text)
    {
        var chars = new char[text.Length];
        int n = 0;
        foreach (char c in text)
            if (char.IsLetterOrDigit(c)) chars[n++] = char.ToLowerInvariant(c);
        return new string(chars, 0, n);
    }
}
