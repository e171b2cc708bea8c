namespace Evaluate.Core.Search;

/// <summary>
/// PUCT (AlphaZero) child selection: argmax of Q_i + c·P_i·sqrt(N) / (1 + n_i), with Q_i = w_i/n_i (0 when unvisited)
/// and P_i the child's prior. Priors decide among unvisited children; among equal values the lowest index wins.
/// </summary>
public static class Puct
{
    public static double Value(double totalReward, int visits, double prior, int parentVisits, double exploration) =>
        (visits == 0 ? 0 : totalReward / visits) + exploration * prior * Math.Sqrt(parentVisits) / (1 + visits);

    /// <summary>Index of the selected child, or -1 when there are none.</summary>
    public static int Select(IReadOnlyList<SearchNode> children, int parentVisits, double exploration)
    {
        var best = -1;
        var bestValue = double.NegativeInfinity;
        for (var i = 0; i < children.Count; i++)
        {
            var c = children[i];
            var value = Value(c.TotalReward, c.Visits, c.Prior, parentVisits, exploration);
            if (value > bestValue)
            {
                best = i;
                bestValue = value;
            }
        }
        return best;
    }
}
