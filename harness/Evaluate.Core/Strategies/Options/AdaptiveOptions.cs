using Evaluate.Core.Components;
using Evaluate.Core.Plans;

namespace Evaluate.Core.Strategies;

/// <summary>Options of <c>adaptive</c>: a fast path of a few samples, escalated when they disagree.</summary>
public sealed record AdaptiveOptions
{
    [Option("samples of the fast path", Min = 1)]
    public int First { get; init; } = 3;

    [Option("samples per problem", Min = 1, PlanDefault = nameof(RunPlan.N))]
    public int N { get; init; } = 8;

    [Option("share of the largest answer class that keeps the fast answer")]
    public double Agree { get; init; } = 1.0;

    [Option("sampling temperature", Min = 0, Max = 2, PlanDefault = nameof(RunPlan.Temperature))]
    public double Temperature { get; init; } = 0.8;

    /// <summary>By name, with its default parameters; majority is built in, so it needs no strategy of its own.</summary>
    [Option("strategy to escalate to (by name, default parameters)")]
    public string Escalate { get; init; } = "majority";
}
