namespace Evaluate.Core.Strategies;

/// <summary>Strategies that rank by reward fail clearly without one rather than silently ranking by nothing.</summary>
public static class RewardRequired
{
    public static void Check(ComputeGuard guard, string strategy)
    {
        if (!guard.HasReward)
            throw new InvalidOperationException($"strategy '{strategy}' needs a reward model (--reward oracle|sim|judge)");
    }
}
