using Evaluate.Core.Models;

namespace Evaluate.Core.Strategies;

/// <summary>Fresh samples of the suite's prompt, drawn through the guard. Sample i of a problem always uses seed Seed + i.</summary>
public static class SampleBatch
{
    /// <summary>Samples <paramref name="firstSample"/> .. firstSample + n - 1; empty when the budget refuses the call.</summary>
    public static async Task<IReadOnlyList<Completion>> DrawAsync(
        ComputeGuard guard, SolveContext context, int n, double temperature, int firstSample, CancellationToken cancellationToken)
    {
        if (n < 1) return [];
        var completions = await guard.TryGenerateAsync(new GenerationRequest
        {
            Messages = context.Suite.RenderPrompt(context.Problem),
            N = n,
            Temperature = temperature,
            TopP = 1,
            Seed = context.Seed + firstSample,
            MaxTokens = context.MaxTokens,
        }, cancellationToken).ConfigureAwait(false);
        return completions ?? [];
    }
}
