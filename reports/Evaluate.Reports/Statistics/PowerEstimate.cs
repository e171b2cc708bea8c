namespace Evaluate.Reports.Statistics;

/// <summary>
/// What a paired test of N problems can detect: its minimal detectable effect at the level and power asked, and — for a
/// tolerance — the problems (at today's samples per problem) and the samples per problem (at today's problems) that
/// would bring the MDE down to it; null when more of them cannot help or the tolerance is 0.
/// </summary>
/// <param name="Basis">Which variance model gave σ (see <see cref="PowerPlanner"/>), for the reader.</param>
public sealed record PowerEstimate(double Mde, int? ProblemsNeeded, int? SamplesNeeded, string Basis)
{
    public bool Detects(double tolerance) => Mde <= tolerance;
}
