using Evaluate.Core.Running;
using Evaluate.Core.Search;

namespace Evaluate.Core.Metrics;

/// <summary>
/// One model × suite × strategy cell's metrics from its records alone (reports never re-grade), as summary.json writes
/// them: the registered metric components (<see cref="MetricCatalog"/>) computed over the cell's facts, converted to
/// name → value. Undefined values are null, never 0 or NaN.
/// </summary>
public static class CellMetrics
{
    public static OrderedDictionary<string, object?> Compute(IReadOnlyList<ProblemRecord> problems, IReadOnlyList<SampleRecord> samples,
        IReadOnlyList<int>? kValues = null, StepAggregation stepAggregation = StepAggregation.Last, MetricCatalog? catalog = null, Costs.TokenPrice? price = null, Costs.TokenPrice? judgePrice = null)
    {
        var pool = new FactsPool();
        return Compute(problems, samples.Select(s => SampleFacts.Of(s, pool)).ToArray(), kValues, stepAggregation, catalog, price, judgePrice);
    }

    /// <param name="samples">The cell's samples; sums and the bootstrap follow their order (canonical in a summary).</param>
    /// <param name="price">The cell model's price from the run's price table; null: no cost metrics.</param>
    public static OrderedDictionary<string, object?> Compute(IReadOnlyList<ProblemRecord> problems, IReadOnlyList<SampleFacts> samples,
        IReadOnlyList<int>? kValues = null, StepAggregation stepAggregation = StepAggregation.Last, MetricCatalog? catalog = null, Costs.TokenPrice? price = null, Costs.TokenPrice? judgePrice = null) =>
        MetricValues.ToJson((catalog ?? MetricCatalog.Default).Compute(new CellFacts(problems, samples, kValues, stepAggregation) { Price = price, JudgePrice = judgePrice }));

    /// <summary>Accuracy and token figures for one slice (a level or a subject).</summary>
    public static OrderedDictionary<string, object?> Slice(IReadOnlyList<ProblemRecord> problems, IEnumerable<SampleFacts> samples)
    {
        var scores = problems.Where(p => p.Error is null).Select(p => p.Score).ToList();
        var sink = new MetricSink();
        sink.Add(BuiltIn.CountsMetric.Problems, problems.Count);
        sink.Add(BuiltIn.CountsMetric.Errors, problems.Count - scores.Count);
        sink.Add(BuiltIn.AccuracyMetric.Accuracy, scores.Count == 0 ? null : scores.Average());
        var slice = samples as IReadOnlyCollection<SampleFacts> ?? [.. samples];
        BuiltIn.BuiltInMetrics.CompletionTokens.Write(sink, slice);
        BuiltIn.BuiltInMetrics.PromptTokens.Write(sink, slice);
        BuiltIn.BuiltInMetrics.ReasoningTokens.Write(sink, slice);
        return MetricValues.ToJson(sink.Values);
    }
}
