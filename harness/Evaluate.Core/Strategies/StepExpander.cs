using Evaluate.Core.Models;
using Evaluate.Core.Search;

namespace Evaluate.Core.Strategies;

/// <summary>
/// Samples next steps of a partial solution: the suite's prompt, the path as <see cref="GenerationRequest.AssistantPrefix"/>
/// and the step boundary as stop sequence. Each call takes fresh seeds (Seed + samples drawn so far).
/// </summary>
/// <param name="withLogprobs">Ask for token logprobs (PUCT priors); off by default because not every server returns them.</param>
public sealed class StepExpander(SolveContext context, ComputeGuard guard, IStepFormat format, double temperature, bool withLogprobs = false)
{
    private long _samplesDrawn;

    public IStepFormat Format => format;

    /// <summary>n continuations of <paramref name="path"/>; empty when the budget refuses the call.</summary>
    public async Task<IReadOnlyList<StepPath>> ExpandAsync(StepPath path, int n, CancellationToken cancellationToken)
    {
        var completions = await guard.TryGenerateAsync(Request(path, n, [format.StepBoundary]), cancellationToken).ConfigureAwait(false);
        if (completions is null) return [];
        _samplesDrawn += n;
        return completions.Select(c =>
        {
            var step = c.Text.TrimEnd('\r', '\n');
            // A continuation that ran to its end without another boundary (or wrote nothing) cannot be extended further.
            var final = format.IsFinal(step) || step.Trim().Length == 0 || c.Truncated;
            return path.Extend(step, final, c.Usage) with { LastStepLogprob = c.Logprobs is { Count: > 0 } lp ? lp.Sum(t => t.Logprob) : null };
        }).ToList();
    }

    /// <summary>One continuation of <paramref name="path"/> to the end (no stop sequence): a rollout. Null when refused.</summary>
    public async Task<Completion?> RolloutAsync(StepPath path, CancellationToken cancellationToken)
    {
        var completions = await guard.TryGenerateAsync(Request(path, 1, []), cancellationToken).ConfigureAwait(false);
        if (completions is null) return null;
        _samplesDrawn++;
        return completions[0];
    }

    private GenerationRequest Request(StepPath path, int n, IReadOnlyList<string> stop) => new()
    {
        Messages = context.Suite.RenderPrompt(context.Problem),
        AssistantPrefix = path.Text,
        N = n,
        Temperature = temperature,
        TopP = 1,
        Seed = context.Seed + _samplesDrawn,
        Stop = stop,
        MaxTokens = context.MaxTokens,
        TopLogprobs = withLogprobs ? 1 : null,
    };
}
