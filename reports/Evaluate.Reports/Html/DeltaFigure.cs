using System.Globalization;
using Evaluate.Core.Metrics;

namespace Evaluate.Reports.Html;

/// <summary>
/// One metric's change from the reference run to another run in one cell, as the paired comparison measured it
/// (<see cref="Comparison.MetricComparison"/>): the delta, its 95% interval, p and the test's name, and whether it
/// stays significant after Holm's correction over every delta of that pair of runs.
/// </summary>
public sealed record DeltaFigure(string Metric, MetricKind Kind, double Delta, double Low, double High, double PValue, string Test, bool Significant)
{
    /// <summary>The delta in the metric's units: percentage points for shares.</summary>
    public string DeltaText => Signed(Delta);

    public string IntervalText => $"[{Number(Low)}, {Number(High)}]";

    public string PText => PValue < 0.001 ? "p < 0.001" : "p " + PValue.ToString("0.###", CultureInfo.InvariantCulture);

    public string TestText => Test switch
    {
        "mcnemar" => "McNemar",
        _ => Test,
    };

    private string Signed(double value) => Number(value) + (Kind == MetricKind.Proportion ? " pts" : "");

    private string Number(double value) => Kind == MetricKind.Proportion
        ? (100 * value).ToString("+0.0;−0.0;0.0", CultureInfo.InvariantCulture)
        : value.ToString("+0.##;−0.##;0", CultureInfo.InvariantCulture);
}
