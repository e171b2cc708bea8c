using Evaluate.Core.Components;

namespace Evaluate.Core.Strategies;

/// <summary>
/// n samples, each scored by the reward model (one reward call each); the highest score wins, ties to the lowest index.
/// With the oracle reward model its accuracy equals pass@n on the same samples.
/// </summary>
public sealed class BestOfNStrategy(int n, double temperature) : IStrategy, IStrategyRequirements
{
    public string? CannotRun(Suites.ISuite suite, Rewards.IRewardModel? reward) => RewardRequired.Misfit(reward);

    public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("best-of-n", $"best-of-n (n={n}, T={temperature})",
        ("n", n), ("temperature", temperature));

    public async Task<StrategyOutcome> SolveAsync(SolveContext context, CancellationToken cancellationToken)
    {
        var guard = ComputeGuard.For(context);
        RewardRequired.Check(guard, "best-of-n");
        var candidates = await ScoredSamples.DrawAsync(guard, context, n, temperature, cancellationToken).ConfigureAwait(false);
        return new StrategyOutcome(candidates, BestScore.Index(candidates));
    }
}
