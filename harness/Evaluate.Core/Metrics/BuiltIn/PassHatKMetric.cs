namespace Evaluate.Core.Metrics.BuiltIn;

/// <summary>
/// Unbiased pass^k (all k of k samples correct, C(c,k)/C(n,k)), mean over problems, at every k pass@k is written at;
/// undefined (null) when a problem has fewer than k samples.
/// </summary>
public sealed class PassHatKMetric : IAtKMetric
{
    public static readonly MetricDescriptor PassHatK = new("pass^{k}", MetricDirection.HigherIsBetter, MetricKind.Proportion,
        "unbiased pass^{k}: all {k} of {k} samples correct, C(c,{k})/C(n,{k}) (Yao et al. 2024)", Readers: MetricReaders.Headline | MetricReaders.Compare);

    public IReadOnlyList<MetricDescriptor> Declares { get; } = [PassHatK];

    public void ComputeAt(CellFacts cell, int k, MetricSink sink) => sink.Add(PassHatK, Metrics.PassHatK.Mean(cell.Counts, k), k);

    public Func<ProblemFacts, double?>? PerProblem(MetricDescriptor metric, int? k) =>
        k is { } at ? p => Metrics.PassHatK.Estimate(p.Samples.Count, p.CorrectCount, at) : null;
}
