using System.Globalization;

namespace Evaluate.Core.Protocols;

/// <summary>
/// Samples per problem by suite (<c>n_per_suite: aime24=64,amc23=16</c>), as a protocol preset sets them: a sampling
/// strategy on a listed suite gets that n as its plan default; other suites keep the plan's <c>n</c>.
/// </summary>
public static class SuiteSampleCounts
{
    /// <summary>Suite name → n; a malformed item is a <see cref="Plans.PlanValueException"/>-style problem (see <see cref="Problem"/>).</summary>
    public static IReadOnlyDictionary<string, int> Parse(IReadOnlyList<string>? items)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items ?? [])
        {
            var (suite, n) = Split(item) ?? throw new UsageException($"n_per_suite (--n-per-suite) {ItemProblem(item)}");
            counts[suite] = n;
        }
        return counts;
    }

    /// <summary>The first malformed or repeated item in user words, or null when every item reads as <c>suite=n</c> with n ≥ 1.</summary>
    public static string? Problem(IReadOnlyList<string>? items)
    {
        if (items is null) return null;
        if (items.Count == 0) return "names no suite";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (Split(item) is not { } parsed) return ItemProblem(item);
            if (!seen.Add(parsed.Suite)) return $"names suite '{parsed.Suite}' twice";
        }
        return null;
    }

    /// <summary>The n a suite gets: its own, else <paramref name="fallback"/> (the plan's n).</summary>
    public static int? For(IReadOnlyDictionary<string, int> counts, string suite, int? fallback) =>
        counts.TryGetValue(suite, out var n) ? n : fallback;

    private static string ItemProblem(string item) => $"items must be suite=n with n a whole number ≥ 1, got '{item}'";

    private static (string Suite, int N)? Split(string item)
    {
        var at = item.IndexOf('=', StringComparison.Ordinal);
        if (at <= 0) return null;
        var suite = item[..at].Trim();
        return suite.Length > 0 && int.TryParse(item[(at + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1
            ? (suite, n) : null;
    }
}
