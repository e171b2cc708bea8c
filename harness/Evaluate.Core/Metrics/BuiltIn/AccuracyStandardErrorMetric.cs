namespace Evaluate.Core.Metrics.BuiltIn;

/// <summary>
/// accuracy's standard error and its within-problem sampling and across-problem parts (<see cref="AccuracyStandardError"/>),
/// so "pass@1 over 64 samples ± SE" is one figure. Readers show it beside accuracy (<c>72.5% ± 1.3</c>, percentage points).
/// </summary>
public sealed class AccuracyStandardErrorMetric : IMetric
{
    public static readonly MetricDescriptor Se = new("accuracy_se", MetricDirection.Neutral, MetricKind.Proportion,
        "standard error of accuracy over problems: sd(score) / √problems (Miller 2024)");
    public static readonly MetricDescriptor Sampling = new("accuracy_se_sampling", MetricDirection.Neutral, MetricKind.Proportion,
        "within-problem sampling part of accuracy_se: √(Σ p(1−p)/(n−1)) / problems; null for a strategy that selects among several samples");
    public static readonly MetricDescriptor Problems = new("accuracy_se_problems", MetricDirection.Neutral, MetricKind.Proportion,
        "across-problem part of accuracy_se: √(accuracy_se² − accuracy_se_sampling²)");

    public IReadOnlyList<MetricDescriptor> Declares { get; } = [Se, Sampling, Problems];

    public void Compute(CellFacts cell, MetricSink sink)
    {
        var parts = AccuracyStandardError.Of([.. cell.Scored.Select((p, i) => (p.Score, cell.Counts[i].N, cell.Counts[i].C, p.SelectedIndex is not null))]);
        sink.Add(Se, parts.Total);
        sink.Add(Sampling, parts.Sampling);
        sink.Add(Problems, parts.Problems);
    }
}
