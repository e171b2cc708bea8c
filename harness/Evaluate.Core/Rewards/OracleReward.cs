using Evaluate.Core.Components;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;

namespace Evaluate.Core.Rewards;

/// <summary>
/// Scores with the gold answer through the suite's checker: 1 for a correct final answer, else 0. Process scores are
/// the suite's <see cref="IStepVerifier"/> verdict on each prefix when the suite has one; otherwise steps before an
/// answer score 1 (the oracle knows only answers) and a step with an answer scores its grade. An upper bound on what
/// any reward model can add, never a fair competitor.
/// </summary>
public sealed class OracleReward(IAnswerChecker checker, IStepVerifier? verifier = null) : IRewardModel
{
    public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("oracle", "oracle (upper bound)");

    public Task<double> ScoreSolutionAsync(Problem problem, string solution, CancellationToken cancellationToken) =>
        Task.FromResult(Grade(problem, solution) ?? 0.0);

    public Task<IReadOnlyList<double>> ScoreStepsAsync(Problem problem, IReadOnlyList<string> steps, CancellationToken cancellationToken)
    {
        var scores = new double[steps.Count];
        for (var i = 0; i < steps.Count; i++)
        {
            var prefix = steps.Take(i + 1).ToList();
            scores[i] = Grade(problem, string.Join("\n", prefix)) is { } graded && ContainsAnswer(steps[i])
                ? graded
                : verifier is null ? 1.0 : verifier.OnTrack(problem, prefix) ? 1.0 : 0.0;
        }
        return Task.FromResult<IReadOnlyList<double>>(scores);
    }

    private bool ContainsAnswer(string step) => checker.Extract(step) is not null;

    private double? Grade(Problem problem, string text) =>
        checker.Extract(text) is { } answer ? (checker.Grade(problem, answer).Correct ? 1.0 : 0.0) : null;
}
