using Evaluate.Core.Components;
using Evaluate.Core.Problems;
using Evaluate.Core.Rewards;

namespace Evaluate.Tests.Strategies;

/// <summary>A reward model that scores by a given function of the text (a hand-written score table).</summary>
public sealed class TableReward(Func<string, double> score) : IRewardModel
{
    public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("table", "score table");

    public Task<double> ScoreSolutionAsync(Problem problem, string solution, CancellationToken cancellationToken) =>
        Task.FromResult(score(solution));

    public Task<IReadOnlyList<double>> ScoreStepsAsync(Problem problem, IReadOnlyList<string> steps, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<double>>(steps.Select(score).ToList());
}
