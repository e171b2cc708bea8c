namespace Evaluate.Core.Metrics;

/// <summary>
/// The tables a metric appears in by default. Every reader (terminal, summary.md, the HTML report, compare, the gate's
/// default rules) builds its columns from these flags through <see cref="Table.ResultTable"/>, so a metric declared
/// once shows up the same way everywhere.
/// </summary>
[Flags]
public enum MetricReaders
{
    None = 0,
    /// <summary>The headline table: the terminal after a run, summary.md, the report's headline.</summary>
    Headline = 1,
    /// <summary>The reasoning-efficiency (overthinking) table.</summary>
    Efficiency = 2,
    /// <summary>Compared problem by problem by `compare` and the gate (needs a per-problem form).</summary>
    Compare = 4,
}
