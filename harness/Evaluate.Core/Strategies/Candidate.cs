using Evaluate.Core.Models;

namespace Evaluate.Core.Strategies;

/// <summary>One candidate solution a strategy produced, with optional reward-model scores.</summary>
/// <param name="StepScores">Per-step process reward scores, when a PRM scored the candidate.</param>
/// <param name="Notes">Strategy-specific facts about this one sample (budget forcing: its "Wait"s, whether the cap ended its thought).</param>
public sealed record Candidate(Completion Completion, double? Score = null, IReadOnlyList<double>? StepScores = null,
    IReadOnlyDictionary<string, string>? Notes = null);
