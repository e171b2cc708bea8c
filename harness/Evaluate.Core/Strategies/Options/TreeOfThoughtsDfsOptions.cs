using Evaluate.Core.Components;

namespace Evaluate.Core.Strategies;

/// <summary>Options of <c>tot-dfs</c>: depth-first Tree of Thoughts with value thresholds. The temperature is the paper's.</summary>
public sealed record TreeOfThoughtsDfsOptions
{
    [Option("children tried per state", Min = 1)]
    public int Breadth { get; init; } = 5;

    [Option("value prompts per state", Min = 1)]
    public int ValueSamples { get; init; } = 3;

    [Option("sampling temperature", Min = 0, Max = 2)]
    public double Temperature { get; init; } = 0.7;

    [Option("prune states valued below this")]
    public double Prune { get; init; } = 1;

    [Option("accept a state valued at least this")]
    public double Accept { get; init; } = 20;

    [Option("most states visited", Min = 1)]
    public int MaxStates { get; init; } = 100;
}
