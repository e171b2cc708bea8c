using Evaluate.Core.Components;

namespace Evaluate.Core.Strategies;

/// <summary>Options of <c>tot-bfs</c>. The temperature is the paper's, not the plan's.</summary>
public sealed record TreeOfThoughtsBfsOptions
{
    [Option("states kept per level", Min = 1)]
    public int Breadth { get; init; } = 5;

    [Option("value prompts per state", Min = 1)]
    public int ValueSamples { get; init; } = 3;

    [Option("sampling temperature", Min = 0, Max = 2)]
    public double Temperature { get; init; } = 0.7;
}
