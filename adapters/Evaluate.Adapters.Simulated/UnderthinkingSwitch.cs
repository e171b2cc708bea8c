using Evaluate.Core.Puzzles.Game24;

namespace Evaluate.Adapters.Simulated;

/// <summary>
/// Underthinking as Wang et al. 2025 observed it: on problems that are hard for the model, a wrong response often had a
/// right line early and left it ("Wait, maybe …", "Alternatively, …"). On a problem whose success probability is below
/// one half (the line greedy decoding draws: labelled difficulty and latent hardness together), a sample that ends wrong
/// opens, with chance <see cref="Chance"/>, with a short round that states the correct answer, then switches away and
/// writes its wrong solution. The verdict is unchanged (the last answer is still the wrong one): only the text shows
/// the abandoned line, so the underthinking measures move and accuracy does not.
/// </summary>
public static class UnderthinkingSwitch
{
    /// <summary>Chance that a wrong sample on a hard problem first stated the correct answer.</summary>
    public const double Chance = 0.4;

    private static readonly string[] Switches =
    [
        "Wait, maybe that is not right. Alternatively, let me work through it step by step.",
        "Hmm, wait, maybe I was too quick there. Let me try another approach.",
        "Alternatively, the problem might need a more careful treatment; let me redo it differently.",
    ];

    private static readonly string[] FirstLines =
    [
        "A first idea is to go straight for the result.",
        "Let me try the direct route first.",
        "Intuitively, the quantities combine directly.",
    ];

    /// <summary>The abandoned opening to put before the wrong solution, or null when this sample does not switch (or
    /// there is no correct line to abandon: a puzzle with no solution). Draws only from <paramref name="random"/>.</summary>
    public static string? Opening(KnownProblem problem, AnswerFormat format, double successProbability, bool correct, Random random)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(random);
        if (correct || successProbability >= 0.5 || random.NextDouble() >= Chance) return null;
        var opener = FirstLines[random.Next(FirstLines.Length)];
        var turn = Switches[random.Next(Switches.Length)];
        if (format is AnswerFormat.Game24Steps or AnswerFormat.Game24Direct)
        {
            var solutions = Game24Solver.Solve(Game24Puzzle.Numbers(problem.Problem.Text));
            if (solutions.Count == 0) return null;
            var solution = solutions[random.Next(solutions.Count)];
            var steps = format == AnswerFormat.Game24Steps ? "Steps:\n" + string.Concat(solution.Steps.Select(s => $"{s}\n")) : "";
            return $"{opener}\n{steps}Answer: {solution.Expression} = 24\n{turn}\n";
        }
        var gold = problem.Problem.Gold;
        var stated = format == AnswerFormat.Hashes ? gold : $"$\\boxed{{{gold}}}$";
        return $"{opener} So the answer is {stated}.\n\n{turn}\n\n";
    }
}
