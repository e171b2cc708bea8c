using Evaluate.Core.Components;
using Evaluate.Core.Models;

namespace Evaluate.Core.Strategies;

/// <summary>One sample at temperature 0: the model's most likely answer.</summary>
public sealed class GreedyStrategy : IStrategy
{
    public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("greedy", "greedy (temperature 0, n=1)", ("n", 1), ("temperature", 0));

    public async Task<StrategyOutcome> SolveAsync(SolveContext context, CancellationToken cancellationToken)
    {
        var completions = await ComputeGuard.For(context).TryGenerateAsync(new GenerationRequest
        {
            Messages = context.Suite.RenderPrompt(context.Problem),
            N = 1,
            Temperature = 0,
            TopP = 1,
            Seed = context.Seed,
            MaxTokens = context.MaxTokens,
        }, cancellationToken).ConfigureAwait(false) ?? [];
        // Through the guard, so a budget too small for the call yields no sample rather than an overspend.
        return new StrategyOutcome(completions.Select(c => new Candidate(c)).ToList(), SelectedIndex: completions.Count > 0 ? 0 : null);
    }
}
