namespace Evaluate.Core.Traces.Solver;

/// <summary>Which states the symbolic Game of 24 search drops without expanding (docs/traces.md: Solver traces).</summary>
public enum Game24Pruning
{
    /// <summary>Nothing is dropped: every state is expanded until the goal.</summary>
    None,
    /// <summary>A state with two numbers left is dropped when no operation on them makes 24 (one step looked ahead).</summary>
    Lookahead,
    /// <summary>A state from which no sequence of operations reaches 24 is dropped (the exact solver as an oracle).</summary>
    Reachable,
}
