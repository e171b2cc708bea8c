namespace Evaluate.Core.Analysis;

/// <summary>
/// Surface similarity of two solution rounds: Jaccard index of their word-trigram sets. "Words" are runs of letters
/// or digits, and each other non-space character on its own (so "2+3" and "3+2" differ), lowercased.
/// A text with fewer than three words is one shingle of all its words. Limits: a paraphrase of the same method scores
/// low (counts as a new approach) and the same template with other numbers scores high.
/// <para>This was the "new approach" rule of process efficiency until issue 23 (below the threshold to every earlier
/// round = new); reworded re-checks counted as new, so process efficiency read 96-99% everywhere. The analysis now uses
/// <see cref="RoundMethod"/>; this class stays as the baseline the hand-labelled round table is also scored with.</para>
/// </summary>
public sealed class RoundSimilarity
{
    /// <summary>Below this similarity to every earlier round, a round counted as a new approach under the old rule.</summary>
    public const double NewApproachThreshold = 0.5;

    private readonly HashSet<string> _shingles;

    public RoundSimilarity(string text) => _shingles = Shingles(Words(text ?? string.Empty));

    public double JaccardWith(RoundSimilarity other)
    {
        var (small, large) = _shingles.Count <= other._shingles.Count ? (_shingles, other._shingles) : (other._shingles, _shingles);
        if (large.Count == 0) return 1.0; // both empty: nothing tells them apart
        var shared = 0;
        foreach (var shingle in small)
            if (large.Contains(shingle)) shared++;
        return (double)shared / (small.Count + large.Count - shared);
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var ch = text[i];
            if (char.IsWhiteSpace(ch)) { i++; continue; }
            if (!char.IsLetterOrDigit(ch)) { words.Add(ch.ToString()); i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            words.Add(text[start..i].ToLowerInvariant());
        }
        return words;
    }

    private static HashSet<string> Shingles(List<string> words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (words.Count == 0) return set;
        if (words.Count < 3)
        {
            set.Add(string.Join(' ', words));
            return set;
        }
        for (var i = 0; i + 2 < words.Count; i++)
            set.Add(string.Concat(words[i], " ", words[i + 1], " ", words[i + 2]));
        return set;
    }
}
