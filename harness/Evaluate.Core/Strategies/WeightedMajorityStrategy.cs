using Evaluate.Core.Components;

namespace Evaluate.Core.Strategies;

/// <summary>
/// n samples, each scored by the reward model; each answer class gets the sum of its members' scores and the
/// heaviest class wins (ties to the class that appeared first). The selected candidate is the class's first sample.
/// </summary>
public sealed class WeightedMajorityStrategy(int n, double temperature) : IStrategy, IStrategyRequirements
{
    public string? CannotRun(Suites.ISuite suite, Rewards.IRewardModel? reward) => RewardRequired.Misfit(reward);

    public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("weighted-majority", $"reward-weighted majority (n={n}, T={temperature})",
        ("n", n), ("temperature", temperature));

    public async Task<StrategyOutcome> SolveAsync(SolveContext context, CancellationToken cancellationToken)
    {
        var guard = ComputeGuard.For(context);
        RewardRequired.Check(guard, "weighted-majority");
        var candidates = await ScoredSamples.DrawAsync(guard, context, n, temperature, cancellationToken).ConfigureAwait(false);
        var classes = AnswerClasses.Of(context.Problem, context.Checker, candidates.Select(c => c.Completion.Text).ToList());
        // A class whose scores sum to 0 cannot win; when every score is 0 the first sample is selected.
        var weights = candidates.Select(c => c.Score ?? 0).ToArray();
        return new StrategyOutcome(candidates, Vote.Select(classes, weights));
    }
}
