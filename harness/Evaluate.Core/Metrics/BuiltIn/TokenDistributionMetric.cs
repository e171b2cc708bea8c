namespace Evaluate.Core.Metrics.BuiltIn;

/// <summary>
/// Mean, median, p90 and max of one token count per sample (prompt, completion or reasoning tokens). A response length
/// (<paramref name="shown"/>) is shown as one group, median / p90 / max, as reasoning-model reports give it.
/// </summary>
public sealed class TokenDistributionMetric : IMetric
{
    private readonly Func<SampleFacts, int> _count;

    /// <param name="shown">The tables that show median / p90 / max as one column (none for the prompt).</param>
    public TokenDistributionMetric(string field, Func<SampleFacts, int> count, MetricReaders shown = MetricReaders.None)
    {
        _count = count;
        var words = field.Replace('_', ' ');
        var group = shown == MetricReaders.None ? null : $"{words} median / p90 / max";
        Mean = new($"mean_{field}", MetricDirection.LowerIsBetter, MetricKind.Tokens, $"mean {words} per sample");
        Median = new($"median_{field}", MetricDirection.LowerIsBetter, MetricKind.Tokens, $"median {words} per sample", Readers: shown, Group: group);
        P90 = new($"p90_{field}", MetricDirection.LowerIsBetter, MetricKind.Tokens, $"p90 {words} per sample", Readers: shown, Group: group);
        Max = new($"max_{field}", MetricDirection.LowerIsBetter, MetricKind.Tokens, $"most {words} of a sample", Readers: shown, Group: group);
        Declares = [Mean, Median, P90, Max];
    }

    public MetricDescriptor Mean { get; }

    public MetricDescriptor Median { get; }

    public MetricDescriptor P90 { get; }

    public MetricDescriptor Max { get; }

    public IReadOnlyList<MetricDescriptor> Declares { get; }

    public void Compute(CellFacts cell, MetricSink sink)
    {
        Write(sink, cell.Samples);
        sink.Add(Max, cell.Samples.Count == 0 ? null : cell.Samples.Max(s => (double)_count(s)));
    }

    /// <summary>Mean, median and p90 over any set of samples (a level or subject slice too; the max is the cell's only).</summary>
    public void Write(MetricSink sink, IEnumerable<SampleFacts> samples)
    {
        var (mean, median, p90) = Quantiles.Describe(samples.Select(s => (double)_count(s)));
        sink.Add(Mean, double.IsNaN(mean) ? null : mean);
        sink.Add(Median, double.IsNaN(median) ? null : median);
        sink.Add(P90, double.IsNaN(p90) ? null : p90);
    }
}
