using Evaluate.Core.Components;
using Evaluate.Core.Search;

namespace Evaluate.Core.Strategies;

/// <summary>
/// Step-level beam search with a process reward model (Snell et al. 2024). Starting from the suite's preamble, each
/// of at most <c>beams</c> active paths is expanded with <c>expand</c> sampled next steps (one call per path, the
/// step boundary as stop sequence); every new path is scored by the PRM (one reward call) and its step scores are
/// aggregated (min, product or last); the <c>beams</c> best (ties to the earlier expansion) are kept. Kept paths that
/// reached a final answer leave the beam as candidates; the others continue until <c>depth</c> steps, until
/// <c>beams</c> paths have finished, or until the budget runs out. The candidate with the best aggregate is selected;
/// if no path finished, the last beam's paths are the candidates.
/// </summary>
public sealed class BeamSearchStrategy(int beams, int expand, int depth, StepAggregation aggregation, double temperature) : IStrategy, IStrategyRequirements
{
    public string? CannotRun(Suites.ISuite suite, Rewards.IRewardModel? reward) => RewardRequired.Misfit(reward);

    public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("beam",
        $"PRM beam search (beams={beams}, expand={expand}, depth={depth}, aggregate={aggregation.Name()})",
        ("beams", beams), ("expand", expand), ("depth", depth), ("aggregate", aggregation.Name()), ("temperature", temperature));

    public async Task<StrategyOutcome> SolveAsync(SolveContext context, CancellationToken cancellationToken)
    {
        var guard = ComputeGuard.For(context);
        RewardRequired.Check(guard, "beam");
        var format = BlankLineStepFormat.For(context.Suite);
        var expander = new StepExpander(context, guard, format, temperature);
        List<StepPath> active = [StepPath.Start(format.Preamble, format.StepBoundary)];
        var finished = new List<StepPath>();
        // Each path's node in the trace (by reference: paths are records, equal texts are still different nodes).
        var trace = context.Trace;
        var nodes = new Dictionary<StepPath, int>(ReferenceEqualityComparer.Instance);
        int NodeOf(StepPath path) => nodes.TryGetValue(path, out var id) ? id : Traces.TraceRecorder.Root;
        trace.Visit(Traces.TraceRecorder.Root);
        for (var level = 0; level < depth && active.Count > 0 && finished.Count < beams; level++)
        {
            var pool = new List<StepPath>();
            foreach (var path in active)
            {
                var children = await expander.ExpandAsync(path, expand, cancellationToken).ConfigureAwait(false);
                if (children.Count == 0) break;
                trace.Expanded(NodeOf(path));
                foreach (var child in children)
                {
                    var scored = await guard.ScoreStepsAsync(context.Problem, child.Steps, cancellationToken).ConfigureAwait(false);
                    var scores = scored ?? [];
                    pool.Add(child with { Scores = scores });
                    if (!trace.Enabled) continue;
                    var node = trace.Add(NodeOf(path), child.Steps[^1]);
                    nodes[pool[^1]] = node;
                    if (scored is not null) trace.Value(node, aggregation.Aggregate(scores));
                    trace.Visit(node);
                    if (child.IsFinal) trace.Terminal(node);
                }
            }
            if (pool.Count == 0) break;
            var aggregates = pool.Select(p => aggregation.Aggregate(p.Scores)).ToArray();
            var keptIndices = TopK.Indices(aggregates, beams - finished.Count);
            var kept = keptIndices.Select(i => pool[i]).ToList();
            if (trace.Enabled)
                foreach (var dropped in Enumerable.Range(0, pool.Count).Except(keptIndices)) trace.Pruned(NodeOf(pool[dropped]));
            finished.AddRange(kept.Where(p => p.IsFinal));
            active = kept.Where(p => !p.IsFinal).ToList();
            if (guard.Exhausted) break;
        }
        var results = finished.Count > 0 ? finished : active.Where(p => p.Steps.Count > 0).ToList();
        var candidates = results.Select(p => new Candidate(p.ToCompletion(), aggregation.Aggregate(p.Scores), p.Scores)).ToList();
        for (var i = 0; i < results.Count; i++) trace.Candidate(nodes.GetValueOrDefault(results[i], -1), i);
        return new StrategyOutcome(candidates, BestScore.Index(candidates));
    }
}
