namespace Evaluate.Core.Traces.Export;

/// <summary>
/// The "clean" chain of thought Meta-CoT compares search traces with: only the path from the root to the chosen
/// solution, visited once each in order, nothing the search tried and left. Node records are kept as recorded.
/// </summary>
public static class TracePath
{
    /// <summary>The path as a tree of its own; null when the search chose no solution (there is no path to show).</summary>
    public static TraceTree? Of(TraceTree tree)
    {
        if (tree.Solution is not { } solution) return null;
        var byId = tree.Nodes.ToDictionary(n => n.Id);
        var path = new List<TraceNode>();
        for (int? id = solution; id is { } current; id = byId[current].Parent)
        {
            path.Add(byId[current]);
            if (path.Count > byId.Count) throw new InvalidOperationException("the parent chain of the solution has a cycle");
        }
        path.Reverse();
        return tree with { Nodes = path.OrderBy(n => n.Id).ToList(), Visits = path.Select(n => n.Id).ToList() };
    }
}
