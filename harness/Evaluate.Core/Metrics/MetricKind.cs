namespace Evaluate.Core.Metrics;

/// <summary>What a metric's number is, so writers format it (a percentage, a count, tokens) without guessing.</summary>
public enum MetricKind
{
    /// <summary>A share in [0, 1] (accuracy, pass@k, efficiencies).</summary>
    Proportion,
    Count,
    Tokens,
    Calls,
    Seconds,
    /// <summary>A plain ratio or mean that is none of the above (rounds, easy/hard token ratio).</summary>
    Ratio,
    /// <summary>A 95% interval [low, high] of another metric.</summary>
    Interval,
    /// <summary>A table of counts or means by name (token sources, marker counts, strategy notes).</summary>
    Table,
    /// <summary>US dollars (costs by a price table).</summary>
    Usd,
}
