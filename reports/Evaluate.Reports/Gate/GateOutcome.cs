namespace Evaluate.Reports.Gate;

public enum GateOutcome
{
    Pass,
    Fail,
    /// <summary>The rule did not apply (the metric is absent or undefined in this cell): reported, never failing.</summary>
    Skipped,
}
