namespace Evaluate.Suites.Grading;

/// <summary>
/// A per-check step counter. Every parse and evaluation step spends from it; once it is empty all
/// further work stops and the check reports "unparseable". This is what bounds time on hostile input.
/// </summary>
public sealed class WorkBudget
{
    // Totals of the budgets made on this thread, so tests can bound a check's work as a count instead of timing it (a
    // timing fails on a loaded machine). Kept at construction only, so Spend (the hot path) is as it was: a budget's
    // spending is added to the total when the thread's next budget is made, or when the total is read.
    [ThreadStatic] private static long t_granted;
    [ThreadStatic] private static long t_spentByEarlierBudgets;
    [ThreadStatic] private static WorkBudget? t_latest;

    private readonly int _granted;
    private int _remaining;

    public WorkBudget(int steps = GradingLimits.WorkBudget)
    {
        _granted = _remaining = steps;
        if (t_latest is { } previous) t_spentByEarlierBudgets += previous.Spent;
        t_latest = this;
        t_granted += steps;
    }

    /// <summary>Steps given to all budgets made on this thread so far.</summary>
    internal static long StepsGrantedOnThisThread => t_granted;

    /// <summary>
    /// Steps spent (asked for, including the one that found a budget empty) from the budgets made on this thread so
    /// far. A budget still spending after the thread made a newer one is not counted past that point; the checkers use
    /// one budget at a time.
    /// </summary>
    internal static long StepsSpentOnThisThread => t_spentByEarlierBudgets + (t_latest?.Spent ?? 0);

    public bool Exhausted => _remaining <= 0;

    private long Spent => (long)_granted - _remaining;

    /// <summary>Spends <paramref name="steps"/>; false once the budget is gone.</summary>
    public bool Spend(int steps = 1)
    {
        _remaining -= steps;
        return _remaining > 0;
    }
}
