using Evaluate.Core.Components;
using Evaluate.Core.Plans;

namespace Evaluate.Core.Strategies;

/// <summary>Options of <c>beam</c>: step-level beam search scored by a process reward model.</summary>
public sealed record BeamOptions
{
    [Option("beams kept per step", Min = 1)]
    public int Beams { get; init; } = 4;

    [Option("continuations per beam", Min = 1)]
    public int Expand { get; init; } = 4;

    [Option("most steps", Min = 1)]
    public int Depth { get; init; } = 8;

    /// <summary>Read by <see cref="Search.StepAggregations.Parse"/>; listed in the order help has always shown.</summary>
    [Option("how step scores combine", Choices = ["last", "min", "product"])]
    public string Aggregate { get; init; } = "min";

    [Option("sampling temperature", Min = 0, Max = 2, PlanDefault = nameof(RunPlan.Temperature))]
    public double Temperature { get; init; } = 0.8;
}
