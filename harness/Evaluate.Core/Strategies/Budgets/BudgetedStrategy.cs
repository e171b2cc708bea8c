using System.Globalization;
using Evaluate.Core.Components;
using Evaluate.Core.Rewards;
using Evaluate.Core.Suites;

namespace Evaluate.Core.Strategies.Budgets;

/// <summary>
/// A strategy at one budget of a sweep: its descriptor names the budget (<c>greedy:max_tokens=512,…</c>), so each
/// budget is its own cell, and a <c>max_tokens</c> budget caps every model call of the strategy. Walkable through
/// <see cref="Inner"/>; what the inner strategy requires of a suite it still requires.
/// </summary>
public sealed class BudgetedStrategy : IStrategy, IStrategyRequirements
{
    public BudgetedStrategy(IStrategy inner, int tokens, string sets)
    {
        Inner = inner;
        Tokens = tokens;
        Sets = sets;
        var parameters = new SortedDictionary<string, string>(inner.Descriptor.Parameters.ToDictionary(), StringComparer.Ordinal)
        {
            [sets] = tokens.ToString(CultureInfo.InvariantCulture),
        };
        Descriptor = inner.Descriptor with { Label = $"{inner.Descriptor.Label}, budget {tokens} tokens ({sets})", Parameters = parameters };
    }

    public IStrategy Inner { get; }

    public int Tokens { get; }

    /// <summary>The setting the budget sets (<see cref="BudgetSweep.MaxTokens"/> or the inner strategy's budget option).</summary>
    public string Sets { get; }

    public ComponentDescriptor Descriptor { get; }

    public Task<StrategyOutcome> SolveAsync(SolveContext context, CancellationToken cancellationToken) =>
        Inner.SolveAsync(Sets == BudgetSweep.MaxTokens ? context with { MaxTokens = Tokens } : context, cancellationToken);

    public string? CannotRun(ISuite suite, IRewardModel? reward) => (Inner as IStrategyRequirements)?.CannotRun(suite, reward);
}
