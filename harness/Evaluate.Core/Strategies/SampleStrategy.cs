using Evaluate.Core.Components;
using Evaluate.Core.Models;

namespace Evaluate.Core.Strategies;

/// <summary>
/// n independent samples at a temperature, none chosen: the raw material for pass@k and maj@k.
/// Its accuracy is the mean correctness of the samples (pass@1).
/// </summary>
public sealed class SampleStrategy(int n, double temperature, double topP = 1.0) : IStrategy
{
    public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("sample", $"sample (n={n}, T={temperature})",
        ("n", n), ("temperature", temperature), ("top_p", topP));

    public async Task<StrategyOutcome> SolveAsync(SolveContext context, CancellationToken cancellationToken)
    {
        var completions = await ComputeGuard.For(context).TryGenerateAsync(new GenerationRequest
        {
            Messages = context.Suite.RenderPrompt(context.Problem),
            N = n,
            Temperature = temperature,
            TopP = topP,
            Seed = context.Seed,
            MaxTokens = context.MaxTokens,
        }, cancellationToken).ConfigureAwait(false) ?? [];
        // Through the guard, so a budget too small for the call yields no sample rather than an overspend.
        return new StrategyOutcome(completions.Select(c => new Candidate(c)).ToList(), SelectedIndex: null);
    }
}
