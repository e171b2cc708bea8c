namespace Evaluate.Core.Metrics;

/// <summary>Which way a metric improves: tables, reports and the gate read it here instead of guessing from a name.</summary>
public enum MetricDirection
{
    HigherIsBetter,
    LowerIsBetter,
    /// <summary>A description of the run (problem counts, token sources), not a quality.</summary>
    Neutral,
}
