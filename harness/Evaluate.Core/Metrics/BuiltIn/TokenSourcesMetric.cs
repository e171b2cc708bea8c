namespace Evaluate.Core.Metrics.BuiltIn;

/// <summary>Samples by where their token counts came from (the server, the local tokenizer, an estimate).</summary>
public sealed class TokenSourcesMetric : IMetric
{
    public static readonly MetricDescriptor TokenSources = new("token_sources", MetricDirection.Neutral, MetricKind.Table, "samples by where their token counts came from");

    public IReadOnlyList<MetricDescriptor> Declares { get; } = [TokenSources];

    public void Compute(CellFacts cell, MetricSink sink)
    {
        var sources = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var sample in cell.Samples) sources[sample.TokenSource] = sources.GetValueOrDefault(sample.TokenSource) + 1;
        sink.Add(TokenSources, sources);
    }
}
