namespace Evaluate.Reports.Html;

/// <summary>One row of the headline table: a cell of a run, its figures already formatted for people (one per metric column).</summary>
public sealed record HeadlineRow(string Run, string Model, string Suite, string Strategy, bool Simulated, IReadOnlyList<string> Figures);
