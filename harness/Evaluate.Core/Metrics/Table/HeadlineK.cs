namespace Evaluate.Core.Metrics.Table;

/// <summary>
/// The one rule for which k a reader shows of a k-indexed family (pass@k, maj@k…): the largest k whose value is
/// defined in the cell (an adaptive strategy's pass@8 is undefined when most problems stopped at 2 samples, so its
/// headline is pass@2, everywhere); for two cells, the largest k defined in both. The terminal, summary.md, the HTML
/// report, compare and the gate's pass@max / maj@max all ask here.
/// </summary>
public static class HeadlineK
{
    public static int? Of(IReadOnlyDictionary<string, object?> metrics, MetricDescriptor family, MetricCatalog catalog) =>
        Defined(metrics, family, catalog).DefaultIfEmpty().Max() is var k and > 0 ? k : null;

    public static int? Shared(IReadOnlyDictionary<string, object?> baseline, IReadOnlyDictionary<string, object?> candidate, MetricDescriptor family, MetricCatalog catalog) =>
        Defined(baseline, family, catalog).Intersect(Defined(candidate, family, catalog)).DefaultIfEmpty().Max() is var k and > 0 ? k : null;

    /// <summary>Every k of <paramref name="family"/> with a defined value in the cell.</summary>
    public static IEnumerable<int> Defined(IReadOnlyDictionary<string, object?> metrics, MetricDescriptor family, MetricCatalog catalog)
    {
        foreach (var (name, value) in metrics)
            if (MetricValue.Number(value) is not null && catalog.Resolve(name) is { K: { } k } resolved && resolved.Declaration == family)
                yield return k;
    }
}
