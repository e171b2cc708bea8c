namespace Evaluate.Suites.Grading.Tolerant;

/// <summary>
/// Splits an answer at the commas outside brackets: "(1,2), (3,4)" is two items, "[1, 2]" one; braces count as
/// brackets, so "\frac{1,2}" is not split. OlympiadBench's judge splits both sides this way to pair several answers.
/// </summary>
public static class TopLevelList
{
    public static IReadOnlyList<string> Split(string text)
    {
        var items = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(' or '[' or '{': depth++; break;
                case ')' or ']' or '}': depth = Math.Max(0, depth - 1); break;
                case ',' when depth == 0 && !(i > 0 && text[i - 1] == '{' && i + 1 < text.Length && text[i + 1] == '}'):
                    items.Add(text[start..i].Trim());
                    start = i + 1;
                    break;
            }
        }
        items.Add(text[start..].Trim());
        return items.Where(item => item.Length > 0).ToList();
    }
}
