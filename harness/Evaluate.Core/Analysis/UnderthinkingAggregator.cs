namespace Evaluate.Core.Analysis;

/// <summary>
/// Run-level underthinking measures (Wang et al. 2025, "Thoughts Are All Over the Place: On the Underthinking of
/// o1-Like LLMs", arXiv 2501.18585) over per-sample analyses, on the incorrect responses only (the sample's final
/// verdict). Undefined values (no incorrect response) are null, never NaN. Keys, in order:
/// <list type="bullet">
/// <item><c>underthinking_score</c>: mean over incorrect responses of 1 − T̂/T, T̂ the tokens up to the end of the
/// first round whose stated answer is correct (T̂ = T when no round is, so such a response adds 0).</item>
/// <item><c>abandoned_correct_share</c>: share of incorrect responses that stated the correct answer in some round.</item>
/// <item><c>thought_switches_mean</c>: mean thought-switch markers per incorrect response (<see cref="ThoughtSwitchMarkers"/>).</item>
/// </list>
/// </summary>
public static class UnderthinkingAggregator
{
    public static IReadOnlyList<string> Keys { get; } = ["underthinking_score", "abandoned_correct_share", "thought_switches_mean"];

    /// <summary>One response's term of the score: 1 − T̂/T. Outcome efficiency already holds T̂/T when a round is correct.</summary>
    public static double Term(IEfficiencyFacts sample) => sample.FirstCorrectRound is null ? 0.0 : 1.0 - sample.OutcomeEfficiency;

    /// <summary>The measures over <paramref name="samples"/> (enumerated several times, never copied; sums in the samples' order).</summary>
    public static OrderedDictionary<string, object?> Aggregate<T>(IEnumerable<T> samples) where T : IEfficiencyFacts
    {
        ArgumentNullException.ThrowIfNull(samples);
        var incorrect = samples.Where(s => !s.Correct);
        return new OrderedDictionary<string, object?>
        {
            ["underthinking_score"] = EfficiencyAggregator.MeanOrNull(incorrect.Select(s => Term(s))),
            ["abandoned_correct_share"] = EfficiencyAggregator.MeanOrNull(incorrect.Select(s => s.FirstCorrectRound is null ? 0.0 : 1.0)),
            ["thought_switches_mean"] = EfficiencyAggregator.MeanOrNull(incorrect.Where(s => s.ThoughtSwitches is not null).Select(s => (double)s.ThoughtSwitches!.Value)),
        };
    }
}
