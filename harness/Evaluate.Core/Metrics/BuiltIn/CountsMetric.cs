namespace Evaluate.Core.Metrics.BuiltIn;

/// <summary>How many problems the cell has, how many errored (not scored), and how many samples were graded.</summary>
public sealed class CountsMetric : IMetric
{
    public static readonly MetricDescriptor Problems = new("problems", MetricDirection.Neutral, MetricKind.Count, "problems in the cell", Readers: MetricReaders.Headline);
    public static readonly MetricDescriptor Errors = new("errors", MetricDirection.LowerIsBetter, MetricKind.Count,
        "problems whose model calls failed (not scored: accuracy and pass@k are over the answered ones)", Readers: MetricReaders.Headline);
    public static readonly MetricDescriptor Samples = new("samples", MetricDirection.Neutral, MetricKind.Count, "graded samples");

    public IReadOnlyList<MetricDescriptor> Declares { get; } = [Problems, Errors, Samples];

    public void Compute(CellFacts cell, MetricSink sink)
    {
        sink.Add(Problems, cell.Problems.Count);
        sink.Add(Errors, cell.Problems.Count - cell.Scored.Count);
        sink.Add(Samples, cell.Samples.Count);
    }
}
