using Evaluate.Core.Metrics;

namespace Evaluate.Core.Strategies;

/// <summary>The selected index of a (weighted) vote: the winner's first sample; sample 0 when nobody voted; null when empty.</summary>
public static class Vote
{
    public static int? Select(int[] classes, double[]? weights = null)
    {
        if (classes.Length == 0) return null;
        var winner = MajorityVote.Winner(classes, weights);
        return winner >= 0 ? winner : 0;
    }
}
