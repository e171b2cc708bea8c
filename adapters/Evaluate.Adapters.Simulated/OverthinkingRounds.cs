namespace Evaluate.Adapters.Simulated;

/// <summary>
/// The redundant rounds an overthinking model appends after its first answer: a hesitation marker, a re-check,
/// and the same answer restated. They never change the answer, so overthinking costs tokens but not accuracy.
/// </summary>
public static class OverthinkingRounds
{
    private static readonly string[] Openers =
    [
        "Wait, let me double-check this.",
        "Hmm, let me verify that another way.",
        "Alternatively, we can approach the problem differently.",
        "Hold on, let me re-examine each step.",
        "Let me double-check the arithmetic once more.",
    ];

    private static readonly string[] Checks =
    [
        "Going back over the computation, each step follows from the previous one.",
        "Substituting the result back into the original conditions, everything is consistent.",
        "Recomputing from scratch with the same quantities gives the same intermediate values.",
        "Checking the edge cases does not change anything.",
    ];

    /// <summary>Number of extra rounds: a geometric-like draw with the given mean, capped so outputs stay bounded.</summary>
    public static int Count(double mean, Random random)
    {
        if (mean <= 0) return 0;
        var continueProbability = mean / (1 + mean);
        var rounds = 0;
        while (rounds < 12 && random.NextDouble() < continueProbability) rounds++;
        return rounds;
    }

    public static string Write(int round, string restatedAnswer, Random random) =>
        $"{Openers[(round + random.Next(Openers.Length)) % Openers.Length]} {Checks[random.Next(Checks.Length)]} " +
        $"{Checks[random.Next(Checks.Length)]}\nSo, again, the answer is {restatedAnswer}.";
}
