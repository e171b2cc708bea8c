using Evaluate.Core.Rewards;
using Evaluate.Core.Suites;

namespace Evaluate.Core.Strategies;

/// <summary>
/// What a strategy needs from a suite and a reward model, checked before anything runs (as BenchmarkDotNet
/// validates a run up front), so a misfit is reported once instead of failing on every problem.
/// </summary>
public interface IStrategyRequirements
{
    /// <summary>Null when the strategy can run on <paramref name="suite"/> with <paramref name="reward"/>; otherwise why not.</summary>
    string? CannotRun(ISuite suite, IRewardModel? reward);
}
