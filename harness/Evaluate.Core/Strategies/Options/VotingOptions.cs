using Evaluate.Core.Components;
using Evaluate.Core.Plans;

namespace Evaluate.Core.Strategies;

/// <summary>Options of the strategies that vote over n samples (majority, best-of-n, weighted-majority); sample adds top_p.</summary>
public record VotingOptions
{
    [Option("samples per problem", Min = 1, PlanDefault = nameof(RunPlan.N))]
    public int N { get; init; } = 8;

    [Option("sampling temperature", Min = 0, Max = 2, PlanDefault = nameof(RunPlan.Temperature))]
    public double Temperature { get; init; } = 0.8;
}
