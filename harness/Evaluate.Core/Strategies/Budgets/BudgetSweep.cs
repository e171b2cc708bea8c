using System.Globalization;
using System.Reflection;
using Evaluate.Core.Components;

namespace Evaluate.Core.Strategies.Budgets;

/// <summary>
/// A budget sweep (the plan's <c>budgets</c>): every strategy runs once per budget. A strategy whose options declare a
/// <see cref="BudgetOptionAttribute"/> option (budget-forcing's <c>max_thinking</c>) gets the budget there; every
/// other strategy gets it as the per-call token cap, <see cref="MaxTokens"/>. Without budgets each strategy runs once,
/// as written.
/// </summary>
public static class BudgetSweep
{
    /// <summary>What a budget sets for a strategy that declares no budget option: the token limit of each model call.</summary>
    public const string MaxTokens = "max_tokens";

    /// <summary>The strategies × budgets, strategy-major (a strategy's budgets side by side, in the plan's order).</summary>
    public static IReadOnlyList<BudgetedSpec> Expand(IReadOnlyList<ComponentSpec> strategies, IReadOnlyList<int>? budgets, ComponentRegistry<IStrategy> registry)
    {
        if (budgets is null) return strategies.Select(s => new BudgetedSpec(s, null, MaxTokens)).ToList();
        var expanded = new List<BudgetedSpec>();
        foreach (var spec in strategies)
        {
            var option = OptionOf(registry.Get(spec.Name));
            if (option != MaxTokens && spec.Get(option) is { } own)
                throw new UsageException($"strategy '{spec}': with budgets (--budgets) the sweep sets {option}; remove {option}={own} from the spec");
            foreach (var budget in budgets)
                expanded.Add(new BudgetedSpec(option == MaxTokens ? spec : With(spec, option, budget), budget, option));
        }
        return expanded;
    }

    /// <summary>The option a budget sets for this strategy: its declared budget option, else <see cref="MaxTokens"/>.</summary>
    public static string OptionOf(ComponentRegistration<IStrategy> registration)
    {
        var marked = registration.Options?.Fields.Where(f => f.Property.GetCustomAttribute<BudgetOptionAttribute>() is not null).ToList() ?? [];
        return marked.Count switch
        {
            0 => MaxTokens,
            1 => marked[0].Name,
            _ => throw new InvalidOperationException($"strategy '{registration.Name}' marks {marked.Count} options as its budget option; one at most"),
        };
    }

    private static ComponentSpec With(ComponentSpec spec, string option, int budget) =>
        spec with
        {
            Parameters = new SortedDictionary<string, string>(spec.Parameters.ToDictionary(), StringComparer.Ordinal)
            {
                [option] = budget.ToString(CultureInfo.InvariantCulture),
            },
        };
}
