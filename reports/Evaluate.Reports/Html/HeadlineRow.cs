namespace Evaluate.Reports.Html;

/// <summary>
/// One row of the headline table: a cell of a run, its figures already formatted for people (one per metric column),
/// and whether the cell is marked "possibly contaminated" (see <see cref="Evaluate.Core.Suites.Contamination"/>).
/// </summary>
public sealed record HeadlineRow(string Run, string Model, string Suite, string Strategy, bool Simulated, IReadOnlyList<string> Figures, bool PossiblyContaminated = false);
