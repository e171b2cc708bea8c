namespace Evaluate.Core.Traces.Export;

/// <summary>
/// What one line of a linearised trace says. A text format gives each kind (and each variant: root or child, with or
/// without text) a phrase; the events are the same for every format, so every format parses back to the same tree.
/// </summary>
public enum TraceEventKind
{
    /// <summary>The problem statement (first line).</summary>
    Problem,
    /// <summary>The search looks at a node for the first time: the node is introduced here (id, parent, depth, step).</summary>
    Visit,
    /// <summary>A node the search created but never looked at (e.g. a beam candidate it dropped): introduced, not visited.</summary>
    Generated,
    /// <summary>The search looks again at a node it has seen (an MCTS selection pass).</summary>
    Revisit,
    /// <summary>The next visit is not a child of the node just visited: the search goes back to that visit's parent.</summary>
    Backtrack,
    /// <summary>The node's recorded visit count, given only when it differs from the times it appears in the visit order.</summary>
    VisitCount,
    /// <summary>The node's evaluation (reward, value vote, MCTS mean value).</summary>
    Value,
    /// <summary>The search expanded the node (asked for its children).</summary>
    Expand,
    /// <summary>The search dropped the node without expanding it.</summary>
    Prune,
    /// <summary>The node ends a solution.</summary>
    Terminal,
    /// <summary>The answer a node states and whether it is correct (either may be absent).</summary>
    Answer,
    /// <summary>The node the search chose as its solution.</summary>
    Goal,
    /// <summary>The search chose no solution.</summary>
    NoGoal,
    /// <summary>The final answer of the whole search and whether it is correct (last line).</summary>
    Final,
}
