using Evaluate.Core.Problems;

namespace Evaluate.Core.Suites;

/// <summary>Applies the id, level and difficulty filters of a selection, then the limit. Order is kept.</summary>
public static class SelectionFilter
{
    public static IReadOnlyList<Problem> Apply(IEnumerable<Problem> problems, ProblemSelection selection)
    {
        var query = problems;
        if (selection.Ids is { Count: > 0 } ids) query = query.Where(p => ids.Contains(p.Id));
        if (selection.Levels is { Count: > 0 } levels) query = query.Where(p => p.Meta.Level is not null && levels.Contains(p.Meta.Level));
        if (selection.MinDifficulty is { } min) query = query.Where(p => p.Meta.Difficulty >= min);
        if (selection.MaxDifficulty is { } max) query = query.Where(p => p.Meta.Difficulty <= max);
        if (selection.Limit is { } limit) query = query.Take(limit);
        return query.ToList();
    }

    /// <summary>Suites whose data has a single split accept "test" and "all" as the same thing.</summary>
    public static void RequireSingleSplit(string suite, string? split)
    {
        if (split is null or "test" or "all") return;
        throw new ArgumentException($"suite '{suite}' has no split '{split}' (known: test, all)");
    }
}
