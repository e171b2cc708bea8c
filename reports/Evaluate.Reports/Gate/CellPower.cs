using Evaluate.Reports.Statistics;

namespace Evaluate.Reports.Gate;

/// <summary>One baseline cell sized for one rule: what it detects now and what would detect the tolerated drop.</summary>
/// <param name="Metric">The concrete metric (pass@max resolved to the cell's headline k), or null when the cell does not define it.</param>
/// <param name="Tolerance">The drop to detect in the units of the estimate (relative ones made absolute; log(1 + x) on the log scale).</param>
public sealed record CellPower(string Cell, string? Metric, int Problems, int SamplesPerProblem, double? Baseline, double Tolerance, PowerEstimate? Estimate);
