using Evaluate.Core.Metrics;
using Evaluate.Core.Metrics.Table;

namespace Evaluate.Reports.Comparison;

/// <summary>
/// The metrics compare and the gate test problem by problem: those whose component gives a per-problem form
/// (<see cref="IMetric.PerProblem"/>), chosen for compare by their declaration (<see cref="MetricReaders.Compare"/>);
/// a k-indexed family at every k both cells define.
/// </summary>
public static class PairedMetrics
{
    /// <summary>The paired form of a declared metric, or null when it has none.</summary>
    public static PairedMetric? Find(string name, MetricCatalog? catalog = null) =>
        (catalog ?? MetricCatalog.Default).Resolve(name) is { PerProblem: { } perProblem } resolved ? new PairedMetric(resolved.Descriptor, perProblem) : null;

    /// <summary>Names every comparison reports, in declaration order: the compare metrics, k-indexed ones at every k both cells have.</summary>
    public static IReadOnlyList<string> DefaultNames(CellSummary? baseline, CellSummary? candidate, MetricCatalog? catalog = null)
    {
        catalog ??= MetricCatalog.Default;
        var names = new List<string>();
        foreach (var declared in catalog.Declarations.Where(d => d.Readers.HasFlag(MetricReaders.Compare)))
        {
            if (!declared.IsAtK) names.Add(declared.Name);
            else if (baseline is not null && candidate is not null)
                names.AddRange(HeadlineK.Defined(baseline.Metrics, declared, catalog).Intersect(HeadlineK.Defined(candidate.Metrics, declared, catalog))
                    .Order().Select(k => declared.NameAt(k)));
        }
        return names;
    }
}
