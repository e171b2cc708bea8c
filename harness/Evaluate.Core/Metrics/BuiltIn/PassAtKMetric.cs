namespace Evaluate.Core.Metrics.BuiltIn;

/// <summary>Unbiased pass@k (Chen et al. 2021), mean over problems; undefined (null) when a problem has fewer than k samples.</summary>
public sealed class PassAtKMetric : IAtKMetric
{
    public static readonly MetricDescriptor PassAtK = new("pass@{k}", MetricDirection.HigherIsBetter, MetricKind.Proportion,
        "unbiased pass@{k} (Chen et al. 2021)", Readers: MetricReaders.Headline | MetricReaders.Compare);

    public IReadOnlyList<MetricDescriptor> Declares { get; } = [PassAtK];

    public void ComputeAt(CellFacts cell, int k, MetricSink sink) => sink.Add(PassAtK, Metrics.PassAtK.Mean(cell.Counts, k), k);

    public Func<ProblemFacts, double?>? PerProblem(MetricDescriptor metric, int? k) =>
        k is { } at ? p => Metrics.PassAtK.Estimate(p.Samples.Count, p.CorrectCount, at) : null;
}
