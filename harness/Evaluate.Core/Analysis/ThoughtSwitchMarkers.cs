using System.Text.RegularExpressions;

namespace Evaluate.Core.Analysis;

/// <summary>
/// Counts the phrases with which a reasoning model leaves its current line of thought for another (Wang et al. 2025,
/// "Thoughts Are All Over the Place": the thought switches of underthinking). The one list (docs/overthinking.md):
/// <list type="bullet">
/// <item>"alternatively";</item>
/// <item>"another" or "a different" + "approach" / "method" / "strategy" ("Wait, let me try another approach");</item>
/// <item>"try" + "another" / "a different" / "a new" + "way" / "idea";</item>
/// <item>"wait, maybe" / "wait maybe"; "on second thought"; "let me reconsider"; "start over";
/// "instead, let me" / "instead, let's".</item>
/// </list>
/// Case-insensitive, whole words, non-overlapping (one phrase counts once). Wang et al. asked a model where thoughts
/// switch; these markers are the cheap, deterministic proxy (their thought-switching penalty targets the same words).
/// A re-check that opens with "Alternatively" counts too: a marker says a switch was announced, not that a new method
/// followed. "Let me verify that another way" does not count: a re-check, not a switch of line.
/// </summary>
public static class ThoughtSwitchMarkers
{
    private static readonly PerThreadRegex Pattern = new(
        @"\b(?:alternatively" +
        @"|(?:another|a\s+different)\s+(?:approach|method|strategy)" +
        @"|try\s+(?:another|a\s+different|a\s+new)\s+(?:way|idea)" +
        @"|wait,?\s+maybe" +
        @"|on\s+second\s+thought" +
        @"|let\s+me\s+reconsider" +
        @"|start\s+over" +
        @"|instead,\s+(?:let\s+me|let['’]?s|let\s+us))\b",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Switch markers in <paramref name="text"/>.</summary>
    public static int Count(string? text) => string.IsNullOrEmpty(text) ? 0 : Pattern.Current.Count(text);
}
