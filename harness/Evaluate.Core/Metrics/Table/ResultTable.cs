namespace Evaluate.Core.Metrics.Table;

/// <summary>
/// The one table model every reader builds its metric columns from (as BenchmarkDotNet builds every exporter's table from
/// one column set): the metrics declared for a reader (<see cref="MetricReaders"/>), in registration order, each written
/// by its kind; a k-indexed family at its headline k (<see cref="HeadlineK"/>, shown as <c>pass@2 72.5%</c>); a metric
/// with a standard error followed by it (<c>72.5% ± 1.3</c>, in percentage points for a share) and with an interval by
/// that; metrics declared as one group (the length distribution) in one column, <c>812 / 1540 / 4096</c>, left empty
/// when every figure of the group is 0 (a model that reports no reasoning tokens). Columns no cell has a value for are
/// left out (rm@k without a reward model). The
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
        var declared = catalog.Declarations.Where(d => d.Readers.HasFlag(reader)).ToList();
        var columns = new List<ResultColumn>();
        for (var i = 0; i < declared.Count; i++)
        {
            if (declared[i].Group is not { } group)
            {
                columns.Add(Column(declared[i], catalog));
                continue;
            }
            var members = new List<MetricDescriptor> { declared[i] };
            while (i + 1 < declared.Count && declared[i + 1].Group == group) members.Add(declared[++i]);
            columns.Add(GroupColumn(group, members));
        }
        return new ResultTable([.. columns.Where(c => rows.Any(r => c.Text(r) != MetricText.Missing))]);
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
        var error = metric.Se is { } se ? catalog.Find(se) : null;
        return new ResultColumn(metric, metric.Header, m =>
        {
            var text = MetricText.Format(metric.Kind, m.GetValueOrDefault(metric.Name));
            if (text == MetricText.Missing) return text;
            if (error is not null && MetricValue.Number(m.GetValueOrDefault(error.Name)) is { } standardError)
                text += $" ± {MetricText.PlusMinus(error.Kind, standardError)}";
            return interval is not null && m.GetValueOrDefault(interval.Name) is { } bounds && MetricValue.Interval(bounds) is not null
                ? $"{text} {MetricText.Format(interval.Kind, bounds)}"
                : text;
        });
    }

    private static ResultColumn GroupColumn(string header, IReadOnlyList<MetricDescriptor> members) =>
        new(members[0], header, m =>
        {
            var values = members.Select(d => m.GetValueOrDefault(d.Name)).ToList();
            if (values.All(v => MetricValue.Number(v) is null or 0)) return MetricText.Missing;
            return string.Join(" / ", members.Select((d, i) => MetricText.Format(d.Kind, values[i])));
        });
}
