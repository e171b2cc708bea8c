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
    int MaxTokens)
{
    /// <summary>Where this problem's internal errors (a checker that threw) are counted; the runner reads it into the records.</summary>
    public InternalErrorLog InternalErrors { get; init; } = new();

    /// <summary>Where the strategy notes the tree it builds (<c>--traces</c>); <see cref="Traces.TraceRecorder.Off"/> records nothing.</summary>
    public Traces.TraceRecorder Trace { get; init; } = Traces.TraceRecorder.Off;

    /// <summary>The suite's checker as strategies must use it: a throw is counted in <see cref="InternalErrors"/>, not lost and not fatal.</summary>
    public IAnswerChecker Checker => new GuardedChecker(Suite.Checker, InternalErrors);
}
