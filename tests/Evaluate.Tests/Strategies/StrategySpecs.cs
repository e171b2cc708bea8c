namespace Evaluate.Tests.Strategies;

/// <summary>One spec per strategy of the catalog, small enough for fast tests.</summary>
public static class StrategySpecs
{
    public static readonly string[] All =
    [
        "greedy", "sample:n=4", "majority:n=4", "early-stop:n=8,batch=2", "best-of-n:n=4", "weighted-majority:n=4",
        "beam:beams=2,expand=2,depth=6", "tot-bfs:breadth=2", "tot-dfs:breadth=2,max_states=6", "mcts:simulations=6,expand=2",
        "mcts:simulations=6,expand=2,select=puct", "adaptive:first=2,n=4", "adaptive:first=2,n=4,escalate=best-of-n",
        "budget-forcing:max_thinking=300,min_thinking=200,wait=2",
    ];
}
