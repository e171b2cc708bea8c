namespace Evaluate.Core.Metrics;

/// <summary>
/// The converter between typed values and summary.json's <c>metrics</c> object: name → value in the order computed.
/// summary.json keeps its exact bytes (golden digests); reading it back resolves each name through a catalog.
/// </summary>
public static class MetricValues
{
    public static OrderedDictionary<string, object?> ToJson(IEnumerable<MetricValue> values)
    {
        var json = new OrderedDictionary<string, object?>();
        foreach (var value in values) json[value.Name] = value.Value;
        return json;
    }

    /// <summary>The typed values of a metrics object; names no catalogued metric declares are left out.</summary>
    public static IReadOnlyList<MetricValue> FromJson(IReadOnlyDictionary<string, object?> metrics, MetricCatalog catalog)
    {
        var values = new List<MetricValue>(metrics.Count);
        foreach (var (name, value) in metrics)
            if (catalog.Resolve(name) is { } resolved)
                values.Add(new MetricValue(resolved.Declaration, resolved.K, value));
        return values;
    }
}
