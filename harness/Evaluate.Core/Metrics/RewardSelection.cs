using Evaluate.Core.Running;
using Evaluate.Core.Search;

namespace Evaluate.Core.Metrics;

/// <summary>
/// Metrics that use recorded reward scores: rm@k (best of the first k by score) and wmaj@k (majority over the first
/// k weighted by score). A sample's score is its per-step scores combined by the step aggregation when it has them,
/// else its single score; unscored samples rank below scored ones and weigh nothing.
/// </summary>
public static class RewardSelection
{
    public static double? EffectiveScore(in SampleFacts sample, StepAggregation aggregation) =>
        sample.StepScores is { Count: > 0 } steps ? aggregation.Aggregate(steps) : sample.Score;

    /// <summary>Whether the best-scored of the first k samples is correct (ties: the earliest). Null when n &lt; k.</summary>
    /// <param name="problem">Indices into <paramref name="facts"/> of one problem's samples, in sample order.</param>
    public static double? RewardAtK(IReadOnlyList<SampleFacts> facts, IReadOnlyList<int> problem, int k, StepAggregation aggregation)
    {
        if (problem.Count < k) return null;
        var best = 0;
        double? bestScore = null;
        for (var i = 0; i < k; i++)
        {
            var score = EffectiveScore(facts[problem[i]], aggregation);
            if (score is { } s && (bestScore is null || s > bestScore)) (best, bestScore) = (i, s);
        }
        return facts[problem[best]].Correct ? 1.0 : 0.0;
    }

    /// <summary>
    /// Weighted majority over the first k samples' answer classes, weights = scores (unscored: 0). A class needs a
    /// positive total to win; ties go to the class that appeared first. Null when n &lt; k.
    /// </summary>
    public static double? WeightedMajorityAtK(IReadOnlyList<SampleFacts> facts, IReadOnlyList<int> problem, int k, StepAggregation aggregation)
    {
        if (problem.Count < k) return null;
        var classes = new int[k];
        var weights = new double[k];
        for (var i = 0; i < k; i++)
        {
            classes[i] = facts[problem[i]].AnswerClass;
            weights[i] = EffectiveScore(facts[problem[i]], aggregation) ?? 0.0;
        }
        var winner = MajorityVote.Winner(classes, weights);
        return winner >= 0 && facts[problem[winner]].Correct ? 1.0 : 0.0;
    }
}
