namespace Evaluate.Core.Metrics.Table;

/// <summary>
/// The one table model every reader builds its metric columns from (as BenchmarkDotNet builds every exporter's table from
/// one column set): the metrics declared for a reader (<see cref="MetricReaders"/>), in registration order, each written
/// by its kind; a k-indexed family at its headline k (<see cref="HeadlineK"/>, shown as <c>pass@2 72.5%</c>); a metric
/// with an interval followed by it. Columns no cell has a value for are left out (rm@k without a reward model). The
/// terminal, summary.md and the HTML report add only their identity columns (run, model, suite, strategy).
/// </summary>
public sealed class ResultTable
{
    private ResultTable(IReadOnlyList<ResultColumn> columns) => Columns = columns;

    public IReadOnlyList<ResultColumn> Columns { get; }

    public IEnumerable<string> Headers => Columns.Select(c => c.Header);

    public static ResultTable For(MetricCatalog catalog, MetricReaders reader, IEnumerable<IReadOnlyDictionary<string, object?>> cells)
    {
        var rows = cells.ToList();
        var columns = catalog.Declarations.Where(d => d.Readers.HasFlag(reader)).Select(d => Column(d, catalog))
            .Where(c => rows.Any(r => c.Text(r) != MetricText.Missing)).ToList();
        return new ResultTable(columns);
    }

    /// <summary>The cell's figures, one per column.</summary>
    public IReadOnlyList<string> Row(IReadOnlyDictionary<string, object?> metrics) => [.. Columns.Select(c => c.Text(metrics))];

    private static ResultColumn Column(MetricDescriptor metric, MetricCatalog catalog)
    {
        if (metric.IsAtK)
            return new ResultColumn(metric, metric.Header, m => HeadlineK.Of(m, metric, catalog) is { } k
                ? $"{metric.NameAt(k)} {MetricText.Format(metric.Kind, m.GetValueOrDefault(metric.NameAt(k)))}"
                : MetricText.Missing);
        var interval = metric.Ci is { } ci ? catalog.Find(ci) : null;
        return new ResultColumn(metric, metric.Header, m =>
        {
            var text = MetricText.Format(metric.Kind, m.GetValueOrDefault(metric.Name));
            return interval is not null && text != MetricText.Missing && m.GetValueOrDefault(interval.Name) is { } bounds && MetricValue.Interval(bounds) is not null
                ? $"{text} {MetricText.Format(interval.Kind, bounds)}"
                : text;
        });
    }
}
