namespace Evaluate.Suites.Competitions;

/// <summary>
/// AIME problems get harder with their number (1 is the easiest, 15 the hardest), and all are hard: normalised
/// difficulty from 0.8 (problem 1) to 1.0 (problem 15), at or above MATH level 5 (0.9) for most, so that the simulated
/// reasoner scores lower on them than on MATH-500 (its success probability is skill^(1 + 2 × difficulty)).
/// </summary>
public static class AimeDifficulty
{
    public static double OfProblem(int number) => 0.8 + 0.2 * (Math.Clamp(number, 1, 15) - 1) / 14.0;
}
