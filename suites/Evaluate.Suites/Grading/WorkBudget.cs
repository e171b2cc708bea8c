namespace Evaluate.Suites.Grading;

/// <summary>
/// A per-check step counter. Every parse and evaluation step spends from it; once it is empty all
/// further work stops and the check reports "unparseable". This is what bounds time on hostile input.
/// </summary>
public sealed class WorkBudget(int steps = GradingLimits.WorkBudget)
{
    // What every budget on this thread was given and spent, so tests can bound a check's work as a count instead of
    // timing it (a timing fails on a loaded machine). Thread-static: the increments cost no synchronisation.
    [ThreadStatic] private static long t_granted;
    [ThreadStatic] private static long t_spent;

    private int _remaining = Grant(steps);

    /// <summary>Steps given to all budgets made on this thread so far.</summary>
    internal static long StepsGrantedOnThisThread => t_granted;

    /// <summary>Steps spent (asked for, including the one that found a budget empty) on this thread so far.</summary>
    internal static long StepsSpentOnThisThread => t_spent;

    public bool Exhausted => _remaining <= 0;

    /// <summary>Spends <paramref name="steps"/>; false once the budget is gone.</summary>
    public bool Spend(int steps = 1)
    {
        t_spent += steps;
        _remaining -= steps;
        return _remaining > 0;
    }

    private static int Grant(int steps)
    {
        t_granted += steps;
        return steps;
    }
}
