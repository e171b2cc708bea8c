namespace Evaluate.Reports.History;

/// <summary>
/// A metric that worsened in one cell from the previous history entry to this one, with the gate's paired test:
/// significant when p is below α, else noise.
/// </summary>
public sealed record TrendDrop(string Model, string Suite, string Strategy, string Metric, double Previous, double Value, double PValue, string Test, double Alpha)
{
    public bool Significant => PValue < Alpha;
}
