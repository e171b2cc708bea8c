namespace Evaluate.Core.Metrics.BuiltIn;

/// <summary>Mean, median and p90 of one token count per sample (prompt, completion or reasoning tokens).</summary>
public sealed class TokenDistributionMetric : IMetric
{
    private readonly Func<SampleFacts, int> _count;

    public TokenDistributionMetric(string field, Func<SampleFacts, int> count)
    {
        _count = count;
        var words = field.Replace('_', ' ');
        Mean = new($"mean_{field}", MetricDirection.LowerIsBetter, MetricKind.Tokens, $"mean {words} per sample");
        Median = new($"median_{field}", MetricDirection.LowerIsBetter, MetricKind.Tokens, $"median {words} per sample");
        P90 = new($"p90_{field}", MetricDirection.LowerIsBetter, MetricKind.Tokens, $"p90 {words} per sample");
        Declares = [Mean, Median, P90];
    }

    public MetricDescriptor Mean { get; }

    public MetricDescriptor Median { get; }

    public MetricDescriptor P90 { get; }

    public IReadOnlyList<MetricDescriptor> Declares { get; }

    public void Compute(CellFacts cell, MetricSink sink) => Write(sink, cell.Samples);

    /// <summary>The three figures over any set of samples (a level or subject slice too).</summary>
    public void Write(MetricSink sink, IEnumerable<SampleFacts> samples)
    {
        var (mean, median, p90) = Quantiles.Describe(samples.Select(s => (double)_count(s)));
        sink.Add(Mean, double.IsNaN(mean) ? null : mean);
        sink.Add(Median, double.IsNaN(median) ? null : median);
        sink.Add(P90, double.IsNaN(p90) ? null : p90);
    }
}
