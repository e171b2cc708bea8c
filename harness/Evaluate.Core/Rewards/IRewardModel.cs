using Evaluate.Core.Components;
using Evaluate.Core.Problems;

namespace Evaluate.Core.Rewards;

/// <summary>Scores solutions (outcome) or each step of a partial solution (process). Separate from chat models.</summary>
public interface IRewardModel
{
    ComponentDescriptor Descriptor { get; }

    /// <summary>One score in [0, 1] per step of <paramref name="steps"/> (a process reward).</summary>
    Task<IReadOnlyList<double>> ScoreStepsAsync(Problem problem, IReadOnlyList<string> steps, CancellationToken cancellationToken);

    /// <summary>A score in [0, 1] for a whole solution (an outcome reward).</summary>
    Task<double> ScoreSolutionAsync(Problem problem, string solution, CancellationToken cancellationToken);
}
