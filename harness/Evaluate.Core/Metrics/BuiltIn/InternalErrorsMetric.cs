namespace Evaluate.Core.Metrics.BuiltIn;

/// <summary>
/// Exceptions the harness or a suite threw while grading, voting or analysing (bugs, never the model's fault), summed
/// over the cell's problem records (a problem's count already includes its samples'). Written only when there were
/// any, so a clean run's summary is unchanged; shown in the headline table whenever a cell has one.
/// </summary>
public sealed class InternalErrorsMetric : IMetric
{
    public static readonly MetricDescriptor InternalErrors = new("internal_errors", MetricDirection.LowerIsBetter, MetricKind.Count,
        "exceptions the harness or a suite threw while grading or analysing (a bug to report; see docs/reliability.md)",
        Readers: MetricReaders.Headline, Label: "internal errors");

    public IReadOnlyList<MetricDescriptor> Declares { get; } = [InternalErrors];

    public void Compute(CellFacts cell, MetricSink sink)
    {
        var total = cell.Problems.Sum(p => (long)p.InternalErrors);
        if (total > 0) sink.Add(InternalErrors, total);
    }
}
