using Evaluate.Core.Running;

namespace Evaluate.Core.Metrics.BuiltIn;

/// <summary>
/// The mean over every problem (errored ones included: what they spent was spent) of one compute figure of its record:
/// calls, tokens, reward calls. Its per-problem form is the same figure, so compare tests it problem by problem.
/// </summary>
public sealed class ProblemMeanMetric(MetricDescriptor metric, Func<ProblemRecord, double> value) : IMetric
{
    public MetricDescriptor Metric { get; } = metric;

    public IReadOnlyList<MetricDescriptor> Declares { get; } = [metric];

    public void Compute(CellFacts cell, MetricSink sink) => sink.Add(Metric, CellFacts.MeanOrNull(cell.Problems.Select(p => (double?)value(p))));

    public Func<ProblemFacts, double?>? PerProblem(MetricDescriptor declared, int? k) => p => value(p.Record);
}
