using Evaluate.Core.Puzzles.Game24;
using System.Text;

namespace Evaluate.Adapters.Simulated;

/// <summary>
/// Game of 24 answers with real arithmetic on the puzzle's numbers: a right answer follows a true solution found by
/// the exhaustive solver; a wrong one follows one of a few fixed wrong paths for the puzzle and (wrongly) claims 24.
/// </summary>
public static class Game24Writer
{
    public static string Write(IReadOnlyList<int> numbers, bool correct, bool withSteps, int extraRounds, ulong problemHash, Random random)
    {
        var solution = correct ? PickSolution(numbers, random) : null;
        solution ??= PickWrongPath(numbers, problemHash, random);
        var text = new StringBuilder();
        if (withSteps)
        {
            text.Append("Steps:\n");
            foreach (var step in solution.Steps) text.Append(step).Append('\n');
        }
        var answer = $"{solution.Expression} = 24";
        text.Append("Answer: ").Append(answer);
        // Overthinking re-checks follow the first answer; the answer line is repeated last, where the ToT format wants it.
        for (var r = 0; r < extraRounds; r++) text.Append('\n').Append(OverthinkingRounds.Write(r, answer, random));
        if (extraRounds > 0) text.Append("\nAnswer: ").Append(answer);
        return text.ToString();
    }

    private static Game24Solution? PickSolution(IReadOnlyList<int> numbers, Random random)
    {
        var solutions = Game24Solver.Solve(numbers);
        return solutions.Count == 0 ? null : solutions[random.Next(solutions.Count)];
    }

    /// <summary>Three fixed wrong paths per puzzle (seeded by the puzzle), chosen with the distractor weights.</summary>
    private static Game24Solution PickWrongPath(IReadOnlyList<int> numbers, ulong problemHash, Random random)
    {
        var fixedRandom = new Random((int)(problemHash & 0x7FFFFFFF));
        var wrong = new List<Game24Solution>();
        for (var attempt = 0; wrong.Count < Distractors.Weights.Length && attempt < 200; attempt++)
        {
            var path = Game24Solver.RandomPath(numbers, fixedRandom);
            if (path.Steps[^1].Result != new Fraction(24, 1)) wrong.Add(path);
        }
        if (wrong.Count == 0) return Game24Solver.RandomPath(numbers, random);
        var roll = random.NextDouble();
        for (var i = 0; i < wrong.Count; i++)
        {
            roll -= Distractors.Weights[i];
            if (roll < 0) return wrong[i];
        }
        return wrong[^1];
    }
}
