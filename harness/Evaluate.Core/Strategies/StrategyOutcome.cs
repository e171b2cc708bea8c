namespace Evaluate.Core.Strategies;

/// <summary>
/// What a strategy returns: every candidate (all are graded and kept), the index of the chosen one
/// (null when the strategy does not choose, e.g. plain sampling), and notes for the record.
/// </summary>
/// <param name="Notes">Strategy-specific facts worth keeping per problem (e.g. whether adaptive escalated, what it saved).</param>
public sealed record StrategyOutcome(IReadOnlyList<Candidate> Candidates, int? SelectedIndex, IReadOnlyDictionary<string, string>? Notes = null);
