using System.Globalization;

namespace Evaluate.Core.Metrics;

/// <summary>
/// One metric declared once, as summary.json names it, with everything a reader needs to show, compare or gate it.
/// </summary>
/// <param name="Name">The name, or a pattern with <c>{k}</c> for a k-indexed family (<c>pass@{k}</c>).</param>
/// <param name="Description">One line of help; <c>{k}</c> is replaced by the k of a concrete name.</param>
/// <param name="Ci">The metric holding this one's 95% interval (accuracy → accuracy_ci95), or null.</param>
/// <param name="IntervalOf">For an interval metric, the metric it bounds.</param>
/// <param name="Readers">Which tables show it by default (the one table model reads this; nothing else chooses).</param>
/// <param name="Label">Column header; the name when null (k-indexed columns show the concrete name in each cell).</param>
/// <param name="IntervalMethod">How its interval is computed (e.g. "percentile bootstrap over problems"), or null.</param>
/// <param name="Se">The metric holding this one's standard error (accuracy → accuracy_se), shown as <c>72.5% ± 1.3</c>, or null.</param>
/// <param name="Group">
/// The header of a column this metric shares with the metrics declared next to it under the same group (the length
/// distribution: median / p90 / max), or null for a column of its own.
/// </param>
/// <param name="Aliases">
/// Other names readers accept for it, resolved by the catalog and never written (maj@{k} is also cons@{k}, the name
/// reasoning-model reports use). Patterns with <c>{k}</c> for a k-indexed family.
/// </param>
public sealed record MetricDescriptor(
    string Name, MetricDirection Direction, MetricKind Kind, string Description,
    string? Ci = null, string? IntervalOf = null, MetricReaders Readers = MetricReaders.None, string? Label = null,
    string? IntervalMethod = null, string? Se = null, string? Group = null, IReadOnlyList<string>? Aliases = null)
{
    /// <summary>True for a k-indexed family such as <c>pass@{k}</c>.</summary>
    public bool IsAtK => Name.Contains("{k}", StringComparison.Ordinal);

    /// <summary>
    /// The family of a k-indexed metric, its name up to k with the separator (<c>pass@</c> for <c>pass@{k}</c>,
    /// <c>pass^</c> for <c>pass^{k}</c>), or null. FAMILYmax (pass@max, pass^max) names its headline k.
    /// </summary>
    public string? Family => IsAtK ? Name[..Name.IndexOf("{k}", StringComparison.Ordinal)] : null;

    /// <summary>The name of a k-indexed family at its headline k (<c>pass^max</c>), or null.</summary>
    public string? MaxName => IsAtK ? NameAt(null).Replace("{k}", "max", StringComparison.Ordinal) : null;

    /// <summary>The header a table shows for this metric.</summary>
    public string Header => Label ?? (IsAtK ? Name.Replace("{k}", "k", StringComparison.Ordinal) : Name);

    /// <summary>The concrete name at <paramref name="k"/> (<c>pass@8</c>); the name itself when not k-indexed.</summary>
    public string NameAt(int? k) => k is { } value ? Name.Replace("{k}", value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) : Name;

    /// <summary>This descriptor as it applies to one concrete name: the description's <c>{k}</c> filled in.</summary>
    public MetricDescriptor At(int k) => this with
    {
        Name = NameAt(k),
        Description = Description.Replace("{k}", k.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
    };

    /// <summary>True when a rise of <paramref name="delta"/> is an improvement; false for neutral metrics.</summary>
    public bool Improves(double delta) => Direction switch
    {
        MetricDirection.HigherIsBetter => delta > 0,
        MetricDirection.LowerIsBetter => delta < 0,
        _ => false,
    };
}
