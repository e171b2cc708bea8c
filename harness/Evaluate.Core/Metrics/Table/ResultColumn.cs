namespace Evaluate.Core.Metrics.Table;

/// <summary>One metric column of a results table: its header and how a cell's figure is written in it.</summary>
public sealed record ResultColumn(MetricDescriptor Metric, string Header, Func<IReadOnlyDictionary<string, object?>, string> Text);
