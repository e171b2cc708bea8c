using Evaluate.Core.Problems;

namespace Evaluate.Core.Rewards;

/// <summary>
/// Optional suite hook: ground truth for partial solutions (e.g. Game of 24: the steps are valid arithmetic on the
/// remaining numbers and 24 is still reachable). The oracle and simulated process reward models use it when present.
/// </summary>
public interface IStepVerifier
{
    /// <summary>Whether the solution consisting of <paramref name="steps"/> can still end correctly.</summary>
    bool OnTrack(Problem problem, IReadOnlyList<string> steps);
}
