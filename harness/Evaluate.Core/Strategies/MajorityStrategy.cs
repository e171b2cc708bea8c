using Evaluate.Core.Components;
using Evaluate.Core.Metrics;

namespace Evaluate.Core.Strategies;

/// <summary>
/// Self-consistency (Wang et al. 2023): n samples, the answer class with most votes wins. Classes come from the
/// suite's checker (Extract + Equivalent); samples without an answer do not vote. Ties go to the class that appeared
/// first (<see cref="MajorityVote.Winner"/>); the selected candidate is that class's first sample.
/// </summary>
public sealed class MajorityStrategy(int n, double temperature) : IStrategy
{
    public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("majority", $"majority vote (n={n}, T={temperature})",
        ("n", n), ("temperature", temperature));

    public async Task<StrategyOutcome> SolveAsync(SolveContext context, CancellationToken cancellationToken)
    {
        var guard = ComputeGuard.For(context);
        var completions = await SampleBatch.DrawAsync(guard, context, n, temperature, 0, cancellationToken).ConfigureAwait(false);
        var classes = AnswerClasses.Of(context.Problem, context.Checker, completions.Select(c => c.Text).ToList());
        return new StrategyOutcome(completions.Select(c => new Candidate(c)).ToList(), Vote.Select(classes));
    }
}
