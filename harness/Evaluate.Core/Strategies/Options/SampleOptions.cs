using Evaluate.Core.Components;

namespace Evaluate.Core.Strategies;

/// <summary>Options of <c>sample</c>: n and temperature as the voting strategies, plus nucleus sampling.</summary>
public sealed record SampleOptions : VotingOptions
{
    [Option("nucleus sampling mass", Min = 0, MinExclusive = true, Max = 1, PlanDefault = nameof(Plans.RunPlan.TopP))]
    public double TopP { get; init; } = 1.0;
}
