namespace Evaluate.Reports.Gate;

/// <summary>Rules that replace the defaults for the cells an override's selector matches (later overrides win).</summary>
/// <param name="Removed">Metrics the override turns off (<c>metric: off</c>) for its cells.</param>
public sealed record RuleOverride(CellSelector Selector, double? Alpha, int? MaxNewlyFailed, bool MaxNewlyFailedSet, IReadOnlyList<MetricRule> Metrics, IReadOnlyList<string> Removed);
