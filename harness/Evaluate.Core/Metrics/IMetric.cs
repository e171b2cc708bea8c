namespace Evaluate.Core.Metrics;

/// <summary>
/// A metric component (as lm-evaluation-harness registers metrics and BenchmarkDotNet declares columns): what it writes,
/// declared once, and how it computes that from one cell's facts. Registered in <c>Registries.Metrics</c>; summary.json,
/// every table, compare and the gate read the declarations through <see cref="MetricCatalog"/>.
/// </summary>
public interface IMetric
{
    /// <summary>
    /// Every metric this component writes. One pass may produce several (the token distribution's mean, median and p90;
    /// the overthinking measures), each declared here with its own direction and kind.
    /// </summary>
    IReadOnlyList<MetricDescriptor> Declares { get; }

    /// <summary>Writes this component's values for one cell, in the order summary.json lists them.</summary>
    void Compute(CellFacts cell, MetricSink sink);

    /// <summary>
    /// The value of <paramref name="metric"/> for one problem, when the cell's figure is the mean of such values (so
    /// compare and the gate can test it problem by problem); null when the metric has no per-problem form.
    /// </summary>
    Func<ProblemFacts, double?>? PerProblem(MetricDescriptor metric, int? k) => null;
}
