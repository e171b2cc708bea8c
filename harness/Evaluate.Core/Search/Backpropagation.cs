namespace Evaluate.Core.Search;

/// <summary>After a rollout from <c>leaf</c> earned <c>reward</c>: every node from the leaf up to the root gains one visit and the reward.</summary>
public static class Backpropagation
{
    public static void Apply(SearchNode leaf, double reward)
    {
        for (var node = leaf; node is not null; node = node.Parent)
        {
            node.Visits++;
            node.TotalReward += reward;
        }
    }
}
