namespace Evaluate.Suites.Competitions;

/// <summary>
/// AIME problems get harder with their number (1 is the easiest, 15 the hardest), and all are hard: normalised
/// difficulty from 0.75 (problem 1) to 0.95 (problem 15), above MATH level 5 (0.9) for most, so that the simulated
/// reasoner scores on them about as far below MATH-500 as real models do.
/// </summary>
public static class AimeDifficulty
{
    public static double OfProblem(int number) => 0.75 + 0.2 * (Math.Clamp(number, 1, 15) - 1) / 14.0;
}
