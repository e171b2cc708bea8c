using Evaluate.Core.Components;
using Evaluate.Core.Models;
using Evaluate.Core.Search;
using Evaluate.Core.Strategies;

namespace Evaluate.Adapters.Replay;

/// <summary>
/// Every recorded response of a problem as one sample each (n = the number recorded), with the recorded scores
/// attached so rm@k and wmaj@k can be computed. Chooses nothing, like `sample`: accuracy is pass@1.
/// A per-step score list is kept as step_scores, and its aggregate (last, min or product) as score.
/// </summary>
public sealed class ReplayStrategy(ReplayFile file, StepAggregation aggregation) : IStrategy
{
    public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("replay", "replay (every recorded response)", ("step_aggregate", aggregation.Name()));

    public async Task<StrategyOutcome> SolveAsync(SolveContext context, CancellationToken cancellationToken)
    {
        var entry = file.Find(context.Problem.Id)
                    ?? throw new ModelCallException($"replay: no record with id '{context.Problem.Id}'", isTransient: false);
        var completions = await ComputeGuard.For(context).TryGenerateAsync(new GenerationRequest
        {
            Messages = context.Suite.RenderPrompt(context.Problem),
            N = entry.ResponseCount,
            Seed = context.Seed,
            MaxTokens = context.MaxTokens,
        }, cancellationToken).ConfigureAwait(false) ?? [];
        var scores = completions.Count > 0 ? file.Read(entry.Id).Scores : null;
        var candidates = completions.Select((completion, i) => scores is null
            ? new Candidate(completion)
            : scores[i].StepScores is { } steps
                ? new Candidate(completion, steps.Count == 0 ? null : aggregation.Aggregate(steps), steps)
                : new Candidate(completion, scores[i].Score)).ToList();
        return new StrategyOutcome(candidates, SelectedIndex: null);
    }
}
