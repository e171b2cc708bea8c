namespace Evaluate.Core.Search;

/// <summary>
/// UCB1 (Auer et al. 2002) child selection: argmax of w_i/n_i + c·sqrt(ln N / n_i), N the parent's visits.
/// Unvisited children come first (the lowest-index unvisited child); among equal values the lowest index wins.
/// </summary>
public static class Ucb1
{
    public static double Value(double totalReward, int visits, int parentVisits, double exploration) =>
        totalReward / visits + exploration * Math.Sqrt(Math.Log(Math.Max(1, parentVisits)) / visits);

    /// <summary>Index of the selected child, or -1 when there are none.</summary>
    public static int Select(IReadOnlyList<SearchNode> children, int parentVisits, double exploration)
    {
        var best = -1;
        var bestValue = double.NegativeInfinity;
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (child.Visits == 0) return i;
            var value = Value(child.TotalReward, child.Visits, parentVisits, exploration);
            if (value > bestValue)
            {
                best = i;
                bestValue = value;
            }
        }
        return best;
    }
}
