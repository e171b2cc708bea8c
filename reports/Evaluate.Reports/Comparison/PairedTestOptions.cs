namespace Evaluate.Reports.Comparison;

/// <summary>How a rule asks a metric to be tested: McNemar's mid-p for binary outcomes, log(1 + x) for skewed values.</summary>
public sealed record PairedTestOptions(bool MidP = false, bool Log = false)
{
    public static PairedTestOptions Default { get; } = new();
}
