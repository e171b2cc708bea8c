using System.Globalization;

namespace Evaluate.Core.Metrics.BuiltIn;

/// <summary>
/// Per-problem strategy notes summarised over the cell, written only when a strategy left notes: numbers as their
/// mean, true/false as the share of true (adaptive: <c>escalated</c> = escalation rate, <c>saved_samples</c> = samples
/// saved per problem).
/// </summary>
public sealed class StrategyNotesMetric : IMetric
{
    public static readonly MetricDescriptor StrategyNotes = new("strategy_notes", MetricDirection.Neutral, MetricKind.Table, "strategy notes summarised over problems");

    public IReadOnlyList<MetricDescriptor> Declares { get; } = [StrategyNotes];

    public void Compute(CellFacts cell, MetricSink sink)
    {
        var summary = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var group in cell.Problems.Where(p => p.Notes is not null).SelectMany(p => p.Notes!).GroupBy(n => n.Key))
        {
            var values = group.Select(n => n.Value).ToList();
            if (values.All(v => v is "true" or "false")) summary[group.Key] = values.Count(v => v == "true") / (double)values.Count;
            else if (values.All(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
                summary[group.Key] = values.Average(v => double.Parse(v, CultureInfo.InvariantCulture));
        }
        if (summary.Count > 0) sink.Add(StrategyNotes, summary);
    }
}
