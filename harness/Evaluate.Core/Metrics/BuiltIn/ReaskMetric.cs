using Evaluate.Core.Grading.Reasking;

namespace Evaluate.Core.Metrics.BuiltIn;

/// <summary>
/// What re-asking did in a cell, written only for a cell graded with re-asks (its problem records carry a
/// <see cref="ReaskTally"/>), so runs that do not re-ask keep their summary bytes. A re-asked answer measures something
/// else than a first answer (the model was told its response had none), so reask_share sits in the headline table
/// beside accuracy, and the re-ask calls there too (they are also inside the cell's model calls and tokens).
/// </summary>
public sealed class ReaskMetric : IMetric
{
    public static readonly MetricDescriptor ReaskShare = new("reask_share", MetricDirection.LowerIsBetter, MetricKind.Proportion,
        "samples with no final answer that were asked for it once more (--reask)", Readers: MetricReaders.Headline, Label: "re-asked");

    public static readonly MetricDescriptor ReaskRecovered = new("reask_recovered", MetricDirection.Neutral, MetricKind.Proportion,
        "re-asked samples whose reply had an extractable answer");

    public static readonly MetricDescriptor ReaskCalls = new("reask_calls", MetricDirection.LowerIsBetter, MetricKind.Count,
        "re-ask calls (part of the model calls)", Readers: MetricReaders.Headline, Label: "re-ask calls");

    public static readonly MetricDescriptor ReaskTokens = new("reask_tokens", MetricDirection.LowerIsBetter, MetricKind.Count,
        "prompt and completion tokens of the re-ask calls (part of the tokens)");

    public IReadOnlyList<MetricDescriptor> Declares { get; } = [ReaskShare, ReaskRecovered, ReaskCalls, ReaskTokens];

    public void Compute(CellFacts cell, MetricSink sink)
    {
        var tallies = cell.Problems.Where(p => p.Reask is not null).Select(p => p.Reask!).ToList();
        if (tallies.Count == 0) return;
        var reasked = tallies.Sum(t => t.Samples);
        sink.Add(ReaskShare, cell.Samples.Count == 0 ? null : reasked / (double)cell.Samples.Count);
        sink.Add(ReaskRecovered, reasked == 0 ? null : tallies.Sum(t => t.Recovered) / (double)reasked);
        sink.Add(ReaskCalls, tallies.Sum(t => (long)t.Calls));
        sink.Add(ReaskTokens, tallies.Sum(t => t.PromptTokens + t.CompletionTokens));
    }
}
