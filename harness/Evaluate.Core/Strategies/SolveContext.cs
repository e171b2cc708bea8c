using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Rewards;
using Evaluate.Core.Suites;

namespace Evaluate.Core.Strategies;

/// <summary>Everything a strategy may use for one problem. <see cref="Model"/> is metered: every call counts.</summary>
/// <param name="Seed">Base seed for this problem; sample i uses Seed + i.</param>
public sealed record SolveContext(
    Problem Problem,
    ISuite Suite,
    IModelAdapter Model,
    IRewardModel? Reward,
    ComputeBudget Budget,
    long Seed,
    int MaxTokens);
