namespace Evaluate.Reports.Gate;

/// <summary>Rules that replace the defaults for the cells an override's selector matches (later overrides win).</summary>
public sealed record RuleOverride(CellSelector Selector, double? Alpha, int? MaxNewlyFailed, bool MaxNewlyFailedSet, IReadOnlyList<MetricRule> Metrics);
