namespace Evaluate.Reports.Gate;

/// <summary>One rule applied to one cell: a JUnit test case and a row of the verdict table.</summary>
/// <param name="Rule">The rule as a reader sees it, e.g. "accuracy: drop ≤ 0.02 at α 0.05".</param>
/// <param name="PValue">The test's raw p-value (null for a plain count).</param>
/// <param name="NewlyWrong">Problems behind this check's worsening: for a metric, those whose per-problem value moved
/// the bad way (largest first); for a count cap, the problems counted.</param>
/// <param name="Test">The test behind <paramref name="PValue"/> (mcnemar, sign-flip-exact, sign-flip-mc, fisher-ruger, …).</param>
/// <param name="AdjustedPValue">The p-value after the gate's family-wise correction; the check regresses only when it is below <paramref name="Alpha"/>.</param>
/// <param name="Mde">Minimal detectable effect at the corrected level and the rules' power, in the tolerance's units.</param>
/// <param name="Tolerance">The rule's tolerance in the units of <paramref name="Mde"/> (relative ones made absolute).</param>
/// <param name="Underpowered">The MDE exceeds the tolerance: a regression of the tolerated size would usually pass.</param>
/// <param name="PowerAdvice">What would make the check powered (problems, samples per problem), when underpowered.</param>
public sealed record GateCheck(
    string Cell,
    string Rule,
    GateOutcome Outcome,
    string Message,
    string? Metric = null,
    double? Delta = null,
    double? PValue = null,
    IReadOnlyList<string>? NewlyWrong = null,
    IReadOnlyList<string>? NewlyRight = null,
    string? Test = null,
    double? AdjustedPValue = null,
    double? Alpha = null,
    double? Mde = null,
    double? Tolerance = null,
    bool Underpowered = false,
    string? PowerAdvice = null);
