using Evaluate.Core.Running;
using Evaluate.Reports.Statistics;

namespace Evaluate.Reports.Gate;

/// <summary>
/// The regression gate's rules (docs/reports.md documents the YAML). A drop is a regression only when it is beyond
/// its tolerance AND significant at the rule's α after the family-wise <see cref="Correction"/> over every check of the
/// gate; on a deterministic cell the newly-failed cap is a plain count, on a sampled cell it counts problems whose
/// share of correct samples dropped significantly.
/// </summary>
public sealed record GateRules(
    double Alpha,
    bool MissingCellFails,
    int? MaxNewlyFailed,
    IReadOnlyList<MetricRule> Metrics,
    IReadOnlyList<RuleOverride> Overrides)
{
    public const double DefaultAlpha = 0.05;

    /// <summary>How the p-values of all checks of one gate are adjusted (default Holm).</summary>
    public MultipleTestCorrection Correction { get; init; } = MultipleTestCorrection.Holm;

    /// <summary>When true, a check whose minimal detectable effect exceeds its tolerance makes the gate exit 2.</summary>
    public bool RequirePower { get; init; }

    /// <summary>The power at which minimal detectable effects are reported.</summary>
    public double Power { get; init; } = PowerPlanner.DefaultPower;

    /// <summary>The file the rules came from (for messages), or null for the defaults.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// Used when no rules file is given: accuracy, pass@k and maj@k at the largest k may drop by 2 points, completion
    /// tokens per problem may grow by 10%, all at α = 0.05 with Holm's correction over the gate; a missing cell fails;
    /// newly failed problems are not capped.
    /// </summary>
    public static GateRules Default { get; } = new(DefaultAlpha, MissingCellFails: true, MaxNewlyFailed: null,
    [
        new MetricRule("accuracy", 0.02, false, DefaultAlpha),
        new MetricRule("pass@max", 0.02, false, DefaultAlpha),
        new MetricRule("maj@max", 0.02, false, DefaultAlpha),
        new MetricRule("mean_completion_tokens_per_problem", 0.10, true, DefaultAlpha),
    ], []);

    /// <summary>Every concrete metric any rule names (FAMILY@max ones resolve per cell and are left out).</summary>
    public IReadOnlyList<string> RuleMetrics() =>
        [.. Metrics.Concat(Overrides.SelectMany(o => o.Metrics)).Select(m => m.Metric).Where(m => MetricRule.MaxFamily(m) is null).Distinct()];

    /// <summary>The rules for one cell: the defaults with every matching override applied in order.</summary>
    public (IReadOnlyList<MetricRule> Metrics, int? MaxNewlyFailed) For(RunKey cell)
    {
        var metrics = Metrics.ToDictionary(m => m.Metric, StringComparer.Ordinal);
        var order = Metrics.Select(m => m.Metric).ToList();
        var maxNewlyFailed = MaxNewlyFailed;
        foreach (var o in Overrides.Where(o => o.Selector.Matches(cell)))
        {
            if (o.Alpha is { } alpha)
                foreach (var name in order) metrics[name] = metrics[name] with { Alpha = alpha };
            foreach (var rule in o.Metrics)
            {
                if (!metrics.ContainsKey(rule.Metric)) order.Add(rule.Metric);
                metrics[rule.Metric] = rule;
            }
            foreach (var removed in o.Removed)
            {
                metrics.Remove(removed);
                order.Remove(removed);
            }
            if (o.MaxNewlyFailedSet) maxNewlyFailed = o.MaxNewlyFailed;
        }
        return (order.Select(n => metrics[n]).ToList(), maxNewlyFailed);
    }
}
