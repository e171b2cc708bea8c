using Evaluate.Core.Components;
using Evaluate.Core.Plans;

namespace Evaluate.Core.Strategies;

/// <summary>Options of <c>mcts</c>: Monte Carlo tree search over reasoning steps.</summary>
public sealed record MctsOptions
{
    [Option("selection-expansion-rollout rounds", Min = 1)]
    public int Simulations { get; init; } = 16;

    [Option("children per expansion", Min = 1)]
    public int Expand { get; init; } = 3;

    [Option("most steps", Min = 1)]
    public int Depth { get; init; } = 8;

    /// <summary>UCB1's textbook constant; help shows it from this value (it used to say 1.414 while applying this).</summary>
    [Option("exploration constant")]
    public double C { get; init; } = Math.Sqrt(2);

    [Option("selection rule", Choices = ["ucb1", "puct"])]
    public string Select { get; init; } = "ucb1";

    [Option("sampling temperature", Min = 0, Max = 2, PlanDefault = nameof(RunPlan.Temperature))]
    public double Temperature { get; init; } = 0.8;

    /// <summary>No default: without it the budget is the number of simulations.</summary>
    [Option("search budget in tokens instead of simulations", Min = 1)]
    public int? Tokens { get; init; }
}
