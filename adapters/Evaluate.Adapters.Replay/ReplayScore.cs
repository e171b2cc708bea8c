namespace Evaluate.Adapters.Replay;

/// <summary>The recorded score of one response: a single (outcome) score, or per-step (process) scores.</summary>
public readonly record struct ReplayScore(double? Score, IReadOnlyList<double>? StepScores);
