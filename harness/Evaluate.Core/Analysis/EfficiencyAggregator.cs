namespace Evaluate.Core.Analysis;

/// <summary>
/// Run-level overthinking measures over per-sample analyses. Undefined values (empty groups) are null, never NaN.
/// Keys, in order:
/// <list type="bullet">
/// <item><c>outcome_efficiency</c>: mean over samples of σ·T̂/T (Chen et al. 2024).</item>
/// <item><c>process_efficiency</c>: mean over samples of D/T.</item>
/// <item><c>solution_rounds_mean</c>: mean rounds per sample.</item>
/// <item><c>tokens_after_first_correct_mean</c>: mean tokens after the end of the first correct round, over samples that have one.</item>
/// <item><c>first_correct_round_share</c>: of the samples graded correct on the answer they state (not by a re-ask or a judge: they have no correct round to find), the share whose round one was already correct.</item>
/// <item><c>easy_to_hard_token_ratio</c>: mean completion tokens on easy problems / on the others.</item>
/// <item><c>truncation_rate</c>: share of samples stopped at the token limit.</item>
/// <item><c>accuracy_when_truncated</c>: accuracy over truncated samples.</item>
/// <item><c>marker_counts</c>: marker → MEAN count per sample (not a total), keys in <see cref="ReflectionMarkers.Names"/> order.</item>
/// </list>
/// </summary>
public static class EfficiencyAggregator
{
    public static IReadOnlyList<string> Keys { get; } =
    [
        "outcome_efficiency", "process_efficiency", "solution_rounds_mean", "tokens_after_first_correct_mean",
        "first_correct_round_share", "easy_to_hard_token_ratio", "truncation_rate", "accuracy_when_truncated",
        "marker_counts",
    ];

    /// <summary>
    /// The measures over <paramref name="samples"/>, enumerated several times and never copied (a million-sample cell
    /// is summarised from a lazy filter over its facts); every mean sums in the samples' order.
    /// </summary>
    public static OrderedDictionary<string, object?> Aggregate<T>(IEnumerable<T> samples) where T : IEfficiencyFacts
    {
        ArgumentNullException.ThrowIfNull(samples);
        var easyTokens = MeanOrNull(samples.Where(s => s.Easy).Select(s => (double)s.CompletionTokens));
        var hardTokens = MeanOrNull(samples.Where(s => !s.Easy).Select(s => (double)s.CompletionTokens));

        return new OrderedDictionary<string, object?>
        {
            ["outcome_efficiency"] = MeanOrNull(samples.Select(a => a.OutcomeEfficiency)),
            ["process_efficiency"] = MeanOrNull(samples.Select(a => a.ProcessEfficiency)),
            ["solution_rounds_mean"] = MeanOrNull(samples.Select(a => (double)a.Rounds)),
            ["tokens_after_first_correct_mean"] = MeanOrNull(samples.Where(a => a.TokensAfterFirstCorrect.HasValue).Select(a => (double)a.TokensAfterFirstCorrect!.Value)),
            ["first_correct_round_share"] = MeanOrNull(samples.Where(s => s.CorrectByItsOwnAnswer).Select(s => s.FirstCorrectRound == 0 ? 1.0 : 0.0)),
            ["easy_to_hard_token_ratio"] = easyTokens is { } easy && hardTokens is { } hard && hard > 0 ? easy / hard : null,
            ["truncation_rate"] = MeanOrNull(samples.Select(s => s.AnalysisTruncated ? 1.0 : 0.0)),
            ["accuracy_when_truncated"] = MeanOrNull(samples.Where(s => s.AnalysisTruncated).Select(s => s.Correct ? 1.0 : 0.0)),
            ["marker_counts"] = MarkerMeans(samples),
        };
    }

    private static OrderedDictionary<string, double?> MarkerMeans<T>(IEnumerable<T> samples) where T : IEfficiencyFacts
    {
        var means = new OrderedDictionary<string, double?>(ReflectionMarkers.Names.Count);
        foreach (var name in ReflectionMarkers.Names)
            means[name] = MeanOrNull(samples.Select(a => (double)a.Markers.GetValueOrDefault(name)));
        return means;
    }

    /// <summary>The mean, or null for no values (a measure with nothing to measure is absent, not zero).</summary>
    internal static double? MeanOrNull(IEnumerable<double> values)
    {
        double sum = 0;
        var count = 0;
        foreach (var value in values)
        {
            sum += value;
            count++;
        }
        return count == 0 ? null : sum / count;
    }
}
