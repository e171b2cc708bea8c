namespace Evaluate.Core.Strategies;

/// <summary>Strategies that rank by reward fail clearly without one rather than silently ranking by nothing.</summary>
public static class RewardRequired
{
    /// <summary>The up-front check (<see cref="IStrategyRequirements"/>) shared by every strategy that ranks by reward.</summary>
    public static string? Misfit(Rewards.IRewardModel? reward) =>
        reward is null ? "it ranks by a reward model: add --reward oracle|sim|judge" : null;

    public static void Check(ComputeGuard guard, string strategy)
    {
        if (!guard.HasReward)
            throw new InvalidOperationException($"strategy '{strategy}' needs a reward model (--reward oracle|sim|judge)");
    }
}
