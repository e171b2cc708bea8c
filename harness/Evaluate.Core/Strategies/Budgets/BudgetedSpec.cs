using Evaluate.Core.Components;
using Evaluate.Core.Running;

namespace Evaluate.Core.Strategies.Budgets;

/// <summary>One strategy of the run at one budget of the sweep (or at none: <see cref="Budget"/> null).</summary>
/// <param name="Spec">The spec to build: with the budget option set when the strategy declares one.</param>
/// <param name="Budget">The budget in tokens, or null outside a sweep.</param>
/// <param name="Sets">The option the budget sets: the strategy's budget option, or <see cref="BudgetSweep.MaxTokens"/>.</param>
public sealed record BudgetedSpec(ComponentSpec Spec, int? Budget, string Sets)
{
    /// <summary>The strategy, built and (for a max_tokens budget) capped; its cell's budget record.</summary>
    public (IStrategy Strategy, CellBudget? Budget) Create(ComponentRegistry<IStrategy> registry, ComponentContext context)
    {
        var strategy = registry.Create(Spec, context);
        if (Budget is not { } tokens) return (strategy, null);
        // The budget must show in the strategy's recorded name (the key of every record and of the fingerprint), or two
        // budgets of one strategy would be one cell; a strategy whose descriptor already names its option shows it.
        var budgeted = Sets == BudgetSweep.MaxTokens || !strategy.Descriptor.Parameters.ContainsKey(Sets)
            ? new BudgetedStrategy(strategy, tokens, Sets)
            : strategy;
        var without = strategy.Descriptor with
        {
            Parameters = new SortedDictionary<string, string>(strategy.Descriptor.Parameters.Where(p => p.Key != Sets).ToDictionary(), StringComparer.Ordinal),
        };
        return (budgeted, new CellBudget(tokens, Sets, without.ToString()));
    }
}
