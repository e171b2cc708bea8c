namespace Evaluate.Core.Strategies;

/// <summary>Per-problem compute limits that every strategy must respect; null means unlimited.</summary>
public sealed record ComputeBudget(long? MaxTokensPerProblem = null, int? MaxCallsPerProblem = null)
{
    public static ComputeBudget Unlimited { get; } = new();
}
