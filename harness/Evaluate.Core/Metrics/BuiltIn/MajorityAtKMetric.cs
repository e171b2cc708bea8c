namespace Evaluate.Core.Metrics.BuiltIn;

/// <summary>
/// Majority vote over the first k answers (answer classes by the suite's grader), mean over problems. Reasoning-model
/// reports call it cons@k (consensus, DeepSeek-R1's cons@64): readers label it so, and cons@k resolves to it.
/// </summary>
public sealed class MajorityAtKMetric : IAtKMetric
{
    public static readonly MetricDescriptor MajAtK = new("maj@{k}", MetricDirection.HigherIsBetter, MetricKind.Proportion,
        "majority vote over the first {k} answers", Readers: MetricReaders.Headline | MetricReaders.Compare,
        Label: "maj@k (cons@k)", Aliases: ["cons@{k}"]);

    public IReadOnlyList<MetricDescriptor> Declares { get; } = [MajAtK];

    public void ComputeAt(CellFacts cell, int k, MetricSink sink) =>
        sink.Add(MajAtK, CellFacts.MeanOrNull(cell.Votes.Select(v => MajorityVote.FirstK(v.Classes, v.Correct, k))), k);

    public Func<ProblemFacts, double?>? PerProblem(MetricDescriptor metric, int? k) =>
        k is { } at ? p => MajorityVote.FirstK(p.Classes, p.Correct, at) : null;
}
