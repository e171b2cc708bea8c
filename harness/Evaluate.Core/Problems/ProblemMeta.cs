namespace Evaluate.Core.Problems;

/// <summary>What breakdowns and the simulated reasoner need to know about a problem besides its text.</summary>
/// <param name="Level">Label used for per-level breakdowns ("1".."5" for MATH, a difficulty bucket elsewhere); null when the suite has none.</param>
/// <param name="Subject">Subject or domain label; null when the suite has none.</param>
/// <param name="Difficulty">Difficulty normalised to [0, 1] so that components can compare across suites.</param>
/// <param name="IsEasy">Counts as "easy" in efficiency breakdowns (MATH level 1, GSM8K, low Omni-MATH difficulty, probes).</param>
public sealed record ProblemMeta(string? Level, string? Subject, double Difficulty, bool IsEasy = false)
{
    public static ProblemMeta None { get; } = new(null, null, 0.5);
}
