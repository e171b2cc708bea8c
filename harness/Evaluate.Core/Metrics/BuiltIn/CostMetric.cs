namespace Evaluate.Core.Metrics.BuiltIn;

/// <summary>
/// What a cell cost in US dollars by the run's price table (<see cref="Costs.TokenPrice"/>): every problem's prompt,
/// cached-prompt, completion and reasoning tokens at their rates, errored problems included (what they spent was spent).
/// Without a price for the cell's model nothing is written: the metrics are absent, never 0. A judge's tokens are not
/// priced (records keep them as one total, not split into input and output).
/// </summary>
public sealed class CostMetric : IMetric
{
    public static readonly MetricDescriptor CostUsd = new("cost_usd", MetricDirection.LowerIsBetter, MetricKind.Usd,
        "US dollars the cell's model calls cost by the price table", Readers: MetricReaders.Headline, Label: "cost");
    public static readonly MetricDescriptor CostPerProblem = new("cost_per_problem", MetricDirection.LowerIsBetter, MetricKind.Usd,
        "US dollars per problem by the price table");
    public static readonly MetricDescriptor CostPerCorrect = new("cost_per_correct", MetricDirection.LowerIsBetter, MetricKind.Usd,
        "US dollars per correct answer: cost over the answered problems' summed score (for plain sampling, the expected number solved)",
        Readers: MetricReaders.Headline, Label: "cost / correct");

    public IReadOnlyList<MetricDescriptor> Declares { get; } = [CostUsd, CostPerProblem, CostPerCorrect];

    public void Compute(CellFacts cell, MetricSink sink)
    {
        if (cell.Price is not { } price) return;
        var cost = cell.Problems.Sum(price.CostUsd);
        var correct = cell.Scored.Sum(p => p.Score);
        sink.Add(CostUsd, cost);
        sink.Add(CostPerProblem, cell.Problems.Count == 0 ? null : cost / cell.Problems.Count);
        // No correct answer: the cost per correct one is undefined (null), not infinite and not the total.
        sink.Add(CostPerCorrect, correct > 0 ? cost / correct : null);
    }
}
