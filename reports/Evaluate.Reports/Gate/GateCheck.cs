namespace Evaluate.Reports.Gate;

/// <summary>One rule applied to one cell: a JUnit test case and a row of the verdict table.</summary>
/// <param name="Rule">The rule as a reader sees it, e.g. "accuracy: drop ≤ 0.02 at α 0.05".</param>
/// <param name="NewlyWrong">Problem ids the candidate newly fails in this cell (named in failure messages).</param>
public sealed record GateCheck(
    string Cell,
    string Rule,
    GateOutcome Outcome,
    string Message,
    string? Metric = null,
    double? Delta = null,
    double? PValue = null,
    IReadOnlyList<string>? NewlyWrong = null,
    IReadOnlyList<string>? NewlyRight = null);
