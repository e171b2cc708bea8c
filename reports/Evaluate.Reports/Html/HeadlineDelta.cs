namespace Evaluate.Reports.Html;

/// <summary>A run's changes against the reference run in one cell: one figure per headline column (null where the column is not compared).</summary>
/// <param name="Run">The run's position in the report.</param>
/// <param name="Problems">Problems both runs have in this cell (the deltas are over these).</param>
public sealed record HeadlineDelta(int Run, IReadOnlyList<DeltaFigure?> Figures, int Problems);
