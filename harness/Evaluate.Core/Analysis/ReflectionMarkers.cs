using System.Text.RegularExpressions;

namespace Evaluate.Core.Analysis;

/// <summary>
/// Counts the phrases with which reasoning models re-open a solved problem ("Wait", "Alternatively", "Let me
/// double-check", …). Case-insensitive, whole words only; spellings that differ only by hyphen, space or
/// apostrophe count as one marker. Matches do not overlap, so "let me double-check" counts once (as double_check).
/// </summary>
public static class ReflectionMarkers
{
    /// <summary>Marker keys in reporting order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["wait", "hold_on", "alternatively", "double_check", "lets_pause", "hmm", "let_me_verify", "let_me_check"];

    // One alternation, one group per marker, in the order of Names. "double check" is listed before the
    // "let me check" branch so "let me double-check" is not also read as "let me check"; they cannot both match.
    private static readonly PerThreadRegex Pattern = new(
        @"\b(?:(wait)|(hold\s+on)|(alternatively)|((?:let\s+me\s+)?double[-\s]?check)|(let['’]?s\s+pause|let\s+us\s+pause)|(hm{2,})|(let\s+me\s+verify)|(let\s+me\s+check))\b",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static OrderedDictionary<string, int> Count(string text)
    {
        var counts = new OrderedDictionary<string, int>(Names.Count);
        foreach (var name in Names) counts[name] = 0;
        if (string.IsNullOrEmpty(text)) return counts;
        foreach (Match match in Pattern.Matches(text))
        {
            for (var group = 1; group <= Names.Count; group++)
            {
                if (!match.Groups[group].Success) continue;
                counts[Names[group - 1]]++;
                break;
            }
        }
        return counts;
    }
}
