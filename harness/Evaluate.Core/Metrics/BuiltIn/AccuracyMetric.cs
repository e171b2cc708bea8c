namespace Evaluate.Core.Metrics.BuiltIn;

/// <summary>Mean problem score over the answered problems, with its 95% percentile bootstrap interval.</summary>
public sealed class AccuracyMetric : IMetric
{
    public static readonly MetricDescriptor Accuracy = new("accuracy", MetricDirection.HigherIsBetter, MetricKind.Proportion,
        "mean problem score (the chosen answer, or the share of correct samples)", Ci: "accuracy_ci95",
        Readers: MetricReaders.Headline | MetricReaders.Compare, Label: "accuracy ± SE (95% CI)", IntervalMethod: "percentile bootstrap over problems",
        Se: "accuracy_se");
    public static readonly MetricDescriptor Ci95 = new("accuracy_ci95", MetricDirection.Neutral, MetricKind.Interval,
        "95% percentile bootstrap interval of accuracy", IntervalOf: "accuracy");

    public IReadOnlyList<MetricDescriptor> Declares { get; } = [Accuracy, Ci95];

    public void Compute(CellFacts cell, MetricSink sink)
    {
        var scores = cell.Scored.Select(p => p.Score).ToList();
        sink.Add(Accuracy, scores.Count == 0 ? null : scores.Average());
        sink.Add(Ci95, BootstrapInterval.Ci95(scores) is { } ci ? new[] { ci.Low, ci.High } : null);
    }

    public Func<ProblemFacts, double?>? PerProblem(MetricDescriptor metric, int? k) => metric == Accuracy ? p => p.Score : null;
}
