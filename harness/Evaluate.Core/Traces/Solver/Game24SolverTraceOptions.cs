namespace Evaluate.Core.Traces.Solver;

/// <summary>How the symbolic search that writes a solver trace runs.</summary>
public sealed record Game24SolverTraceOptions
{
    public Game24SearchOrder Order { get; init; } = Game24SearchOrder.Dfs;
    public Game24Pruning Pruning { get; init; } = Game24Pruning.Reachable;
    /// <summary>Seeds the order in which each state's next steps are tried (mixed with the puzzle, so each puzzle's order is its own).</summary>
    public int Seed { get; init; } = 1;
    /// <summary>BFS: at most this many states of a level are expanded (the first ones in the seeded order); the rest are pruned.</summary>
    public int Beam { get; init; } = 5;

    public string Strategy => Order == Game24SearchOrder.Dfs ? "dfs" : "bfs";

    /// <summary>The run name solver examples carry as their source: every setting that changes a trace.</summary>
    public string RunName => $"solver:game24 {Strategy} prune={Pruning.ToString().ToLowerInvariant()} seed={Seed}" + (Order == Game24SearchOrder.Bfs ? $" beam={Beam}" : "");
}
