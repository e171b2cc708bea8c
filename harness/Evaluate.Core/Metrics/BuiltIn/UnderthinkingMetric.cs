using Evaluate.Core.Analysis;

namespace Evaluate.Core.Metrics.BuiltIn;

/// <summary>
/// The underthinking measures (Wang et al. 2025) over the cell's analysed samples (<see cref="UnderthinkingAggregator"/>):
/// shown in the reasoning-efficiency table beside the overthinking measures; docs/overthinking.md defines each.
/// </summary>
public sealed class UnderthinkingMetric : IMetric
{
    public static readonly MetricDescriptor Score = new("underthinking_score", MetricDirection.LowerIsBetter, MetricKind.Proportion,
        "incorrect responses: tokens after the first correct round over all tokens (Wang et al. 2025)", Readers: MetricReaders.Efficiency, Label: "underthinking");
    public static readonly MetricDescriptor AbandonedCorrectShare = new("abandoned_correct_share", MetricDirection.LowerIsBetter, MetricKind.Proportion,
        "incorrect responses that stated the correct answer in an earlier round", Readers: MetricReaders.Efficiency, Label: "abandoned correct");
    public static readonly MetricDescriptor ThoughtSwitches = new("thought_switches_mean", MetricDirection.Neutral, MetricKind.Ratio,
        "thought-switch markers (alternatively, another approach, …) per incorrect response", Readers: MetricReaders.Efficiency, Label: "switches (wrong)");

    public IReadOnlyList<MetricDescriptor> Declares { get; } = [Score, AbandonedCorrectShare, ThoughtSwitches];

    public void Compute(CellFacts cell, MetricSink sink)
    {
        var values = UnderthinkingAggregator.Aggregate(cell.Samples.Where(s => s.HasAnalysis));
        // The aggregator's keys are these declarations' names, in this order (a test holds them together).
        foreach (var declared in Declares) sink.Add(declared, values[declared.Name]);
    }
}
