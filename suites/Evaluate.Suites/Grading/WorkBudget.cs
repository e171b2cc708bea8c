namespace Evaluate.Suites.Grading;

/// <summary>
/// A per-check step counter. Every parse and evaluation step spends from it; once it is empty all
/// further work stops and the check reports "unparseable". This is what bounds time on hostile input.
/// </summary>
public sealed class WorkBudget(int steps = GradingLimits.WorkBudget)
{
    private int _remaining = steps;

    public bool Exhausted => _remaining <= 0;

    /// <summary>Spends <paramref name="steps"/>; false once the budget is gone.</summary>
    public bool Spend(int steps = 1)
    {
        _remaining -= steps;
        return _remaining > 0;
    }
}
