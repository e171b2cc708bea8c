namespace Evaluate.Core.Components;

/// <summary>
/// Marks the one option of a strategy's options record that a budget sweep (the plan's <c>budgets</c>) sets, e.g.
/// budget-forcing's <c>max_thinking</c>: <c>[Option("…"), BudgetOption] public int MaxThinking { get; init; }</c>.
/// A strategy without one takes its budget as the per-call token cap (<c>max_tokens</c>). Declared on the option, so
/// the sweep needs no strategy's name (see <see cref="Strategies.Budgets.BudgetSweep"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class BudgetOptionAttribute : Attribute;
