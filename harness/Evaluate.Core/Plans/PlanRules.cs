namespace Evaluate.Core.Plans;

/// <summary>Rules several plan keys share; each returns the problem in user words, or null.</summary>
public static class PlanRules
{
    public static string? AtLeastOne<T>(T? value) where T : struct, IComparable<T> =>
        value is { } v && Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) < 1 ? $"must be at least 1, got {v}" : null;

    public static Func<IReadOnlyList<string>, string?> NotEmpty(string what) => v => v.Count == 0 ? $"names no {what}" : null;

    public static string? OneOf(string? value, IReadOnlyList<string> allowed, bool hint) =>
        value is null || allowed.Contains(value) ? null
            : $"must be one of {string.Join(", ", allowed)}, got '{value}'{(hint ? Components.DidYouMean.Suggest(value, allowed) : "")}";

    public static string? Difficulty(double? value) =>
        value is { } d && (!double.IsFinite(d) || d < 0 || d > 1) ? $"must be in [0, 1] (difficulty is normalised), got {d}" : null;

    public static string? KValues(IReadOnlyList<int>? ks)
    {
        if (ks is null) return null;
        if (ks.Count == 0) return "names no k";
        foreach (var k in ks)
            if (k < 1) return $"values must be at least 1, got {k}";
        return ks.Distinct().Count() != ks.Count ? $"names a value twice ({string.Join(",", ks)})" : null;
    }
}
