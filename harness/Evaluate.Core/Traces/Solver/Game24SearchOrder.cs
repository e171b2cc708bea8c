namespace Evaluate.Core.Traces.Solver;

/// <summary>Depth-first (back up on a dead end) or breadth-first (a level at a time, at most a beam of states expanded).</summary>
public enum Game24SearchOrder
{
    Dfs,
    Bfs,
}
