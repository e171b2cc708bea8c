using Evaluate.Core.Puzzles.Game24;
using Evaluate.Core.Problems;
using Evaluate.Core.Rewards;

namespace Evaluate.Suites.Game24;

/// <summary>
/// Ground truth for partial Game of 24 solutions: every step line is valid arithmetic on the remaining numbers and
/// 24 is still reachable; an "Answer:" line must be a correct expression. Lines that are neither (a "Steps:" header,
/// blank lines) are ignored.
/// </summary>
public sealed class Game24ThoughtsVerifier : IStepVerifier
{
    public static Game24ThoughtsVerifier Instance { get; } = new();

    public bool OnTrack(Problem problem, IReadOnlyList<string> steps)
    {
        var state = Game24ThoughtsState.Start(Game24AnswerChecker.Numbers(problem).Select(n => (Fraction)n));
        foreach (var line in steps.SelectMany(s => s.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (line.Contains("Answer:", StringComparison.OrdinalIgnoreCase))
            {
                var checker = new Game24AnswerChecker();
                return checker.Grade(problem, checker.Extract(line)).Correct;
            }
            if (!line.Contains("left:", StringComparison.Ordinal)) continue;
            if (!state.TryApply(line)) return false;
        }
        return state.CanReachTarget();
    }
}
