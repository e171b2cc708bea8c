namespace Evaluate.Core.Search;

/// <summary>
/// A node of a search tree over reasoning steps. <see cref="Visits"/> n and <see cref="TotalReward"/> w are the
/// statistics UCB1/PUCT read and <see cref="Backpropagation"/> updates; <see cref="Prior"/> is P(s, a) for PUCT.
/// </summary>
public sealed class SearchNode(string step, SearchNode? parent = null, double prior = 1.0)
{
    private readonly List<SearchNode> _children = [];

    public string Step { get; } = step;
    public SearchNode? Parent { get; } = parent;
    public double Prior { get; } = prior;
    public int Visits { get; set; }
    public double TotalReward { get; set; }
    /// <summary>A node whose step states a final answer (or that cannot be expanded) is terminal.</summary>
    public bool IsTerminal { get; set; }
    public IReadOnlyList<SearchNode> Children => _children;
    public int Depth => Parent is null ? 0 : Parent.Depth + 1;
    public double MeanReward => Visits == 0 ? 0 : TotalReward / Visits;

    public SearchNode AddChild(string step, double prior = 1.0)
    {
        var child = new SearchNode(step, this, prior);
        _children.Add(child);
        return child;
    }

    /// <summary>The steps from the root's first child down to this node (the root holds the preamble, not a step).</summary>
    public IReadOnlyList<string> Path()
    {
        var steps = new List<string>();
        for (var node = this; node.Parent is not null; node = node.Parent) steps.Add(node.Step);
        steps.Reverse();
        return steps;
    }
}
