namespace Evaluate.Core.Metrics;

/// <summary>
/// Collects one cell's values in the order they are written. A component may only write what it declared, so a value
/// can never reach summary.json without a direction, kind and help line.
/// </summary>
public sealed class MetricSink
{
    private readonly List<MetricValue> _values = [];
    private IMetric? _writer;

    public IReadOnlyList<MetricValue> Values => _values;

    internal void WrittenBy(IMetric metric) => _writer = metric;

    /// <summary>Writes <paramref name="value"/> (null when undefined, never 0 or NaN) for a declared metric.</summary>
    public void Add(MetricDescriptor metric, object? value, int? k = null)
    {
        if (_writer is not null && !_writer.Declares.Contains(metric))
            throw new InvalidOperationException($"metric component {_writer.GetType().Name} wrote '{metric.Name}', which it does not declare");
        if (metric.IsAtK != k.HasValue)
            throw new InvalidOperationException($"metric '{metric.Name}' {(metric.IsAtK ? "needs" : "takes no")} k");
        _values.Add(new MetricValue(metric, k, value));
    }
}
