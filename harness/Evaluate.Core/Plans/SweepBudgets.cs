using System.Globalization;

namespace Evaluate.Core.Plans;

/// <summary>
/// The plan's <c>budgets</c>: positive whole numbers of tokens, at least one, none twice. Checked as the value is read,
/// so a plan file's error names the file, line and key, and a flag's names the flag.
/// </summary>
public static class SweepBudgets
{
    /// <summary>A list (<c>budgets: [512, 1024]</c>) or one comma-separated value (<c>--budgets 512,1024</c>).</summary>
    public static readonly PlanType<IReadOnlyList<int>?> Type = new("positive whole numbers", Parse);

    public static string? Problem(IReadOnlyList<int>? budgets)
    {
        if (budgets is null) return null;
        if (budgets.Count == 0) return "names no budget";
        foreach (var budget in budgets)
            if (budget < 1) return $"values must be positive whole numbers of tokens, got {budget}";
        return budgets.Distinct().Count() != budgets.Count ? $"names a budget twice ({string.Join(",", budgets)})" : null;
    }

    private static IReadOnlyList<int> Parse(PlanText text)
    {
        var items = text.Items ?? text.Scalar!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var budgets = items.Select(v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var b)
            ? b : throw new PlanValueException($"values must be positive whole numbers of tokens, got '{v}'")).ToList();
        return Problem(budgets) is { } problem ? throw new PlanValueException(problem) : budgets;
    }
}
