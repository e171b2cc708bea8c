using System.Globalization;
using System.Text.RegularExpressions;

namespace Evaluate.Core.Metrics;

/// <summary>
/// Every metric a run can write, as the registered components declare them: a view over the metric registry, never a
/// second list. Readers resolve a name from summary.json here (<c>pass@8</c> → the <c>pass@{k}</c> declaration, k 8)
/// for its direction, kind, interval, readers and help. <see cref="Default"/> holds the built-in metrics.
/// </summary>
public sealed class MetricCatalog
{
    private readonly List<(MetricDescriptor Declaration, IMetric Component, Regex? Pattern)> _entries = [];
    private readonly List<(string Alias, MetricDescriptor Declaration, IMetric Component, Regex? Pattern)> _aliases = [];

    public MetricCatalog(IEnumerable<IMetric> metrics)
    {
        Metrics = [.. metrics];
        foreach (var metric in Metrics)
            foreach (var declaration in metric.Declares)
            {
                if (_entries.Any(e => e.Declaration.Name == declaration.Name))
                    throw new InvalidOperationException($"metric '{declaration.Name}' is declared twice");
                _entries.Add((declaration, metric, declaration.IsAtK ? PatternOf(declaration.Name) : null));
                foreach (var alias in declaration.Aliases ?? [])
                    _aliases.Add((alias, declaration, metric, declaration.IsAtK ? PatternOf(alias) : null));
            }
        foreach (var (alias, declaration, _, _) in _aliases)
            if (_entries.Any(e => e.Declaration.Name == alias) || _aliases.Count(a => a.Alias == alias) > 1)
                throw new InvalidOperationException($"metric alias '{alias}' of '{declaration.Name}' is declared twice");
    }

    /// <summary>The built-in metrics (what <c>Registries.Metrics</c> starts with).</summary>
    public static MetricCatalog Default { get; } = new(BuiltIn.BuiltInMetrics.All);

    /// <summary>The components in registration order (the order summary.json writes their values in).</summary>
    public IReadOnlyList<IMetric> Metrics { get; }

    /// <summary>Every declaration, k-indexed ones as patterns.</summary>
    public IEnumerable<MetricDescriptor> Declarations => _entries.Select(e => e.Declaration);

    /// <summary>
    /// Every registered metric's values for one cell, in registration order; the k-indexed families are written
    /// together at each k (pass@1, maj@1, …, pass@2, …) at the place of the first of them.
    /// </summary>
    public IReadOnlyList<MetricValue> Compute(CellFacts cell)
    {
        var sink = new MetricSink();
        var atKWritten = false;
        foreach (var metric in Metrics)
        {
            if (metric is IAtKMetric)
            {
                if (atKWritten) continue;
                atKWritten = true;
                foreach (var k in cell.KValues)
                    foreach (var family in Metrics.OfType<IAtKMetric>())
                    {
                        sink.WrittenBy(family);
                        family.ComputeAt(cell, k, sink);
                    }
                continue;
            }
            sink.WrittenBy(metric);
            metric.Compute(cell, sink);
        }
        return sink.Values;
    }

    /// <summary>
    /// The declaration, k and component behind a concrete name or one of its aliases (cons@8 → maj@{k}, k 8), or null
    /// when no metric of that name exists.
    /// </summary>
    public ResolvedMetric? Resolve(string name)
    {
        foreach (var (declaration, component, pattern) in _entries)
            if (Match(name, declaration.Name, pattern) is var (matched, k) && matched) return new ResolvedMetric(declaration, k, component);
        foreach (var (alias, declaration, component, pattern) in _aliases)
            if (Match(name, alias, pattern) is var (matched, k) && matched) return new ResolvedMetric(declaration, k, component);
        return null;
    }

    /// <summary>
    /// The name as summary.json writes it: an alias becomes its metric's name (cons@8 → maj@8, cons@max → maj@max); a
    /// FAMILYmax name stays one (pass^max); any other name, known or not, is returned unchanged.
    /// </summary>
    public string Canonical(string name)
    {
        if (name.EndsWith("max", StringComparison.Ordinal) && Resolve(name[..^3] + "1") is { K: not null } family) return family.Declaration.MaxName!;
        return Resolve(name) is { } resolved ? resolved.Descriptor.Name : name;
    }

    private static (bool Matched, int? K) Match(string name, string declared, Regex? pattern)
    {
        if (pattern is null) return (declared == name, null);
        var match = pattern.Match(name);
        return match.Success ? (true, int.Parse(match.Groups["k"].Value, CultureInfo.InvariantCulture)) : (false, null);
    }

    /// <summary>The descriptor of a concrete name (its help with k filled in), or null when no metric of that name exists.</summary>
    public MetricDescriptor? Find(string name) => Resolve(name)?.Descriptor;

    /// <summary>The descriptor, or a <see cref="KeyNotFoundException"/> naming the metric (a bug: every metric is declared).</summary>
    public MetricDescriptor Describe(string name) =>
        Find(name) ?? throw new KeyNotFoundException($"metric '{name}' is not in the metric catalog");

    /// <summary>k of a k-indexed metric (pass@8 → 8), or null.</summary>
    public int? KOf(string name) => Resolve(name)?.K;

    private static Regex PatternOf(string name) => new(
        "^" + Regex.Escape(name).Replace(@"\{k}", "(?<k>[1-9][0-9]{0,8})", StringComparison.Ordinal) + "$",
        RegexOptions.CultureInvariant);
}

/// <summary>A concrete metric name resolved: its declaration (a pattern for k-indexed ones), k, and the component.</summary>
public sealed record ResolvedMetric(MetricDescriptor Declaration, int? K, IMetric Component)
{
    /// <summary>The declaration as it applies to this name (help with k filled in).</summary>
    public MetricDescriptor Descriptor => K is { } k ? Declaration.At(k) : Declaration;

    /// <summary>The per-problem form of this metric, or null when it has none.</summary>
    public Func<ProblemFacts, double?>? PerProblem => Component.PerProblem(Declaration, K);
}
