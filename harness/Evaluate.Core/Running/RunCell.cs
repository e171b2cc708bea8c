using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Rewards;
using Evaluate.Core.Strategies;
using Evaluate.Core.Suites;

namespace Evaluate.Core.Running;

/// <summary>One model × suite × strategy combination with the problems it runs on.</summary>
public sealed record RunCell(IModelAdapter Model, ISuite Suite, IReadOnlyList<Problem> Problems, IStrategy Strategy, IRewardModel? Reward = null)
{
    public RunKey Key => new(Model.Descriptor.ToString(), Suite.Name, Strategy.Descriptor.ToString());

    /// <summary>The cell's budget in a budget sweep (the plan's <c>budgets</c>); null otherwise.</summary>
    public CellBudget? Budget { get; init; }
}
