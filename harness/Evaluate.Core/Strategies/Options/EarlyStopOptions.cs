using Evaluate.Core.Components;
using Evaluate.Core.Plans;

namespace Evaluate.Core.Strategies;

/// <summary>Options of <c>early-stop</c>: a majority vote drawn in batches until the leader cannot be overtaken.</summary>
public sealed record EarlyStopOptions
{
    [Option("most samples per problem", Min = 1, PlanDefault = nameof(RunPlan.N))]
    public int N { get; init; } = 16;

    [Option("sampling temperature", Min = 0, Max = 2, PlanDefault = nameof(RunPlan.Temperature))]
    public double Temperature { get; init; } = 0.8;

    [Option("samples drawn per round", Min = 1)]
    public int Batch { get; init; } = 4;

    /// <summary>No default: without it the vote stops only when the leader cannot be overtaken.</summary>
    [Option("stop when the leader's share reaches this, in (0, 1]", Min = 0, MinExclusive = true, Max = 1)]
    public double? Confidence { get; init; }
}
