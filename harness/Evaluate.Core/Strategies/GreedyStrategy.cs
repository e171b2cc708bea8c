using Evaluate.Core.Components;
using Evaluate.Core.Models;

namespace Evaluate.Core.Strategies;

/// <summary>One sample at temperature 0: the model's most likely answer.</summary>
public sealed class GreedyStrategy : IStrategy
{
    public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("greedy", "greedy (temperature 0, n=1)", ("n", 1), ("temperature", 0));

    public async Task<StrategyOutcome> SolveAsync(SolveContext context, CancellationToken cancellationToken)
    {
        var result = await context.Model.GenerateAsync(new GenerationRequest
        {
            Messages = context.Suite.RenderPrompt(context.Problem),
            N = 1,
            Temperature = 0,
            TopP = 1,
            Seed = context.Seed,
            MaxTokens = context.MaxTokens,
        }, cancellationToken).ConfigureAwait(false);
        return new StrategyOutcome(result.Completions.Select(c => new Candidate(c)).ToList(), SelectedIndex: 0);
    }
}
