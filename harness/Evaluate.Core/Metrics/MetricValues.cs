namespace Evaluate.Core.Metrics;

/// <summary>
/// The converter between typed values and summary.json's <c>metrics</c> object: name → value in the order computed.
/// summary.json keeps its exact bytes (golden digests); readers resolve its names through a <see cref="MetricCatalog"/>.
/// </summary>
public static class MetricValues
{
    public static OrderedDictionary<string, object?> ToJson(IEnumerable<MetricValue> values)
    {
        var json = new OrderedDictionary<string, object?>();
        foreach (var value in values) json[value.Name] = value.Value;
        return json;
    }
}
