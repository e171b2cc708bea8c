namespace Evaluate.Core.Strategies;

/// <summary>
/// What a strategy returns: every candidate (all are graded and kept), the index of the chosen one
/// (null when the strategy does not choose, e.g. plain sampling), and notes for the record.
/// </summary>
public sealed record StrategyOutcome(IReadOnlyList<Candidate> Candidates, int? SelectedIndex);
