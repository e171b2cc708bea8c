namespace Evaluate.Core.Strategies;

/// <summary>Index of the highest-scored candidate (unscored counts as lowest), ties to the lowest index; null when empty.</summary>
public static class BestScore
{
    public static int? Index(IReadOnlyList<Candidate> candidates)
    {
        int? best = null;
        for (var i = 0; i < candidates.Count; i++)
            if (best is null || (candidates[i].Score ?? double.NegativeInfinity) > (candidates[best.Value].Score ?? double.NegativeInfinity))
                best = i;
        return best;
    }
}
