using System.Globalization;
using Evaluate.Core.Components;
using Evaluate.Core.Metrics;
using Evaluate.Core.Problems;
using Evaluate.Core.Rewards;
using Evaluate.Core.Suites;

namespace Evaluate.Adapters.Simulated;

/// <summary>
/// A simulated reward model whose scores correlate with correctness: score = sigmoid(d·(correct ? 1 : -1) + noise),
/// noise ~ N(0, <c>noise</c>²), deterministic per seed, problem and scored text. d is the discrimination: 0 scores
/// at random, large d approaches the oracle. Process scores label each step prefix by the suite's
/// <see cref="IStepVerifier"/> when it has one; otherwise a step with an answer is labelled by its grade and a step
/// without one carries no signal (score = sigmoid(noise)). Always labelled "simulated".
/// </summary>
public sealed class SimulatedReward(IAnswerChecker checker, IStepVerifier? verifier, double discrimination, double noise, long seed) : IRewardModel
{
    public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("sim",
        $"sim (simulated reward, d={discrimination.ToString(CultureInfo.InvariantCulture)}, noise={noise.ToString(CultureInfo.InvariantCulture)})",
        ("d", discrimination), ("noise", noise), ("seed", seed)) with { Simulated = true };

    public Task<double> ScoreSolutionAsync(Problem problem, string solution, CancellationToken cancellationToken)
    {
        var correct = checker.Extract(solution) is { } answer && checker.Grade(problem, answer).Correct;
        return Task.FromResult(Score(correct ? 1 : -1, problem, "solution", solution));
    }

    public Task<IReadOnlyList<double>> ScoreStepsAsync(Problem problem, IReadOnlyList<string> steps, CancellationToken cancellationToken)
    {
        var scores = new double[steps.Count];
        for (var i = 0; i < steps.Count; i++)
        {
            var prefix = steps.Take(i + 1).ToList();
            int label;
            if (verifier is not null) label = verifier.OnTrack(problem, prefix) ? 1 : -1;
            else if (checker.Extract(steps[i]) is { } answer) label = checker.Grade(problem, answer).Correct ? 1 : -1;
            else label = 0;
            scores[i] = Score(label, problem, "step", string.Join("\n", prefix));
        }
        return Task.FromResult<IReadOnlyList<double>>(scores);
    }

    private double Score(int label, Problem problem, string kind, string text)
    {
        var random = new Random(StableHash.Int32Of($"{seed}\u0001{problem.Id}\u0001{kind}\u0001{text}"));
        // Box-Muller: one standard normal draw per scored text.
        var gaussian = Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return RewardSigmoid.Of(discrimination * label + noise * gaussian);
    }
}
