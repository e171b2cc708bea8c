namespace Evaluate.Core.Plans;

/// <summary>Rules several plan keys share; each returns the problem in user words, or null.</summary>
public static class PlanRules
{
    public static string? AtLeastOne<T>(T? value) where T : struct, IComparable<T> =>
        value is { } v && Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) < 1 ? $"must be at least 1, got {v}" : null;

    public static Func<IReadOnlyList<string>, string?> NotEmpty(string what) => v => v.Count == 0 ? $"names no {what}" : null;

    /// <summary>
    /// At least one component, none twice: a suite, model or strategy named twice (the same spec once parsed, so
    /// <c>sample:n=4</c> and <c>sample: n=4</c> are one) would run every problem twice and count it twice.
    /// </summary>
    public static Func<IReadOnlyList<string>, string?> DistinctComponents(string what) => v =>
        NotEmpty(what)(v) ?? (v.GroupBy(Normalised, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice
            ? $"names the {what} '{twice.Key}' twice"
            : null);

    // A spec that does not parse is left as written: composing the run names its error, this rule only compares.
    private static string Normalised(string spec)
    {
        try { return Evaluate.Core.Components.ComponentSpec.Parse(spec).ToString(); }
        catch (UsageException) { return spec.Trim(); }
    }

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
