namespace Evaluate.Reports.Gate;

/// <summary>
/// One metric's tolerance. <see cref="MaxDrop"/> is the largest tolerated worsening in the metric's bad direction (the
/// catalog says which way is bad): absolute in the metric's units (0.02 = two accuracy points), or, when
/// <see cref="Relative"/>, a share of the baseline value (0.10 = 10% more tokens).
/// </summary>
/// <param name="Metric">A catalogued metric, or FAMILYmax (pass@max, pass^max, maj@max) for the headline k both runs have.</param>
public sealed record MetricRule(string Metric, double MaxDrop, bool Relative, double Alpha)
{
    /// <summary>Test and size on log(1 + x) per problem (tokens: a few very long answers do not dominate).</summary>
    public bool Log { get; init; }

    /// <summary>McNemar's mid-p instead of the exact p for one 0/1 outcome per problem.</summary>
    public bool MidP { get; init; }

    /// <summary>
    /// The family of a FAMILYmax name, its k separator included (pass@max → pass@, pass^max → pass^; compare
    /// <see cref="Core.Metrics.MetricDescriptor.Family"/>), or null: a name ending in "max" after a separator that is
    /// not part of a word (so tokens_max would be a plain metric).
    /// </summary>
    public static string? MaxFamily(string metric) =>
        metric.Length > 4 && metric.EndsWith("max", StringComparison.Ordinal) && metric[^4] is not '_' && !char.IsLetterOrDigit(metric[^4]) ? metric[..^3] : null;
}
