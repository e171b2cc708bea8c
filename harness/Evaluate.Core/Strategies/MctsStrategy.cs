using Evaluate.Core.Components;
using Evaluate.Core.Models;
using Evaluate.Core.Search;

namespace Evaluate.Core.Strategies;

/// <summary>
/// Monte Carlo tree search over reasoning steps. Each simulation: selection from the root by UCB1 (unvisited children
/// first) or PUCT (priors: softmax of the expansions' step logprobs when the model returns them, else uniform),
/// ties to the lowest index; expansion of the reached leaf with <c>expand</c> sampled next steps (one call) and a
/// move to its first new child; evaluation by a rollout to an answer (one call; none when the node already holds a
/// final step) scored by the reward model (one reward call); backpropagation of that score to the root. Runs
/// <c>simulations</c> simulations or until the compute budget (or the search's own <c>tokens</c> cap) is spent. The answer: descend from the root along the
/// most-visited child (ties to the lowest index) to a leaf, and select the best-scored rollout that passed through
/// it (ties to the earliest); every rollout is a candidate.
/// </summary>
public sealed class MctsStrategy(int simulations, int expand, int depth, double exploration, bool puct, double temperature, long? tokens = null) : IStrategy, IStrategyRequirements
{
    public string? CannotRun(Suites.ISuite suite, Rewards.IRewardModel? reward) => RewardRequired.Misfit(reward);

    public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("mcts",
        $"MCTS ({(puct ? "PUCT" : "UCB1")}, simulations={simulations}, expand={expand}, c={exploration})",
        ("simulations", simulations), ("expand", expand), ("depth", depth), ("c", exploration), ("select", puct ? "puct" : "ucb1"),
        ("temperature", temperature), ("tokens", tokens?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unlimited"));

    public async Task<StrategyOutcome> SolveAsync(SolveContext context, CancellationToken cancellationToken)
    {
        // tokens= is a search budget of its own, applied under the run's per-problem budget (the smaller wins).
        var budget = tokens is { } cap && (context.Budget.MaxTokensPerProblem is null || cap < context.Budget.MaxTokensPerProblem)
            ? context.Budget with { MaxTokensPerProblem = cap }
            : context.Budget;
        var guard = new ComputeGuard(context.Model, budget, context.Reward, context.Trace);
        RewardRequired.Check(guard, "mcts");
        var format = BlankLineStepFormat.For(context.Suite);
        var expander = new StepExpander(context, guard, format, temperature, withLogprobs: puct);
        var root = new SearchNode(format.Preamble);
        var paths = new Dictionary<SearchNode, StepPath> { [root] = StepPath.Start(format.Preamble, format.StepBoundary) };
        var candidates = new List<Candidate>();
        var leaves = new List<SearchNode>();
        var trace = new MctsTrace(context.Trace, root);
        for (var s = 0; s < simulations && !guard.Exhausted; s++)
        {
            var node = root;
            trace.Visit(node);
            while (node.Children.Count > 0 && !node.IsTerminal)
            {
                node = node.Children[puct ? Puct.Select(node.Children, node.Visits, exploration) : Ucb1.Select(node.Children, node.Visits, exploration)];
                trace.Visit(node);
            }

            if (!node.IsTerminal)
            {
                var children = await expander.ExpandAsync(paths[node], expand, cancellationToken).ConfigureAwait(false);
                if (children.Count == 0) break;
                var priors = Priors(children);
                for (var i = 0; i < children.Count; i++)
                {
                    var child = node.AddChild(children[i].Steps[^1], priors[i]);
                    child.IsTerminal = children[i].IsFinal || child.Depth >= depth;
                    paths[child] = children[i];
                    trace.Added(child);
                }
                node = node.Children[^children.Count];
                trace.Visit(node);
            }

            var path = paths[node];
            Completion solution;
            if (path.IsFinal || node.Depth >= depth)
                solution = path.ToCompletion();
            else if (await expander.RolloutAsync(path, cancellationToken).ConfigureAwait(false) is { } rollout)
                solution = rollout with { Text = path.Text + rollout.Text };
            else
                break;
            var scored = await guard.ScoreSolutionAsync(context.Problem, solution.Text, cancellationToken).ConfigureAwait(false);
            var reward = scored ?? 0;
            trace.Evaluated(node, path, path.IsFinal || node.Depth >= depth, solution.Text, scored, candidates.Count);
            candidates.Add(new Candidate(solution, reward));
            leaves.Add(node);
            Backpropagation.Apply(node, reward);
        }
        trace.Finish();
        return new StrategyOutcome(candidates, Choose(root, candidates, leaves));
    }

    private static int? Choose(SearchNode root, List<Candidate> candidates, List<SearchNode> leaves)
    {
        var node = root;
        while (node.Children.Count > 0)
        {
            var best = node.Children[0];
            foreach (var child in node.Children)
                if (child.Visits > best.Visits) best = child;
            if (best.Visits == 0) break;
            node = best;
        }
        int? chosen = null;
        for (var i = 0; i < candidates.Count; i++)
            if (IsWithin(leaves[i], node) && (chosen is null || candidates[i].Score > candidates[chosen.Value].Score))
                chosen = i;
        return chosen ?? BestScore.Index(candidates);
    }

    private static bool IsWithin(SearchNode leaf, SearchNode ancestor)
    {
        for (var n = leaf; n is not null; n = n.Parent)
            if (ReferenceEquals(n, ancestor)) return true;
        return false;
    }

    /// <summary>P(step) renormalised over the expansions when every one has logprobs; uniform otherwise.</summary>
    public static double[] Priors(IReadOnlyList<StepPath> children)
    {
        if (children.Any(c => c.LastStepLogprob is null)) return Enumerable.Repeat(1.0 / children.Count, children.Count).ToArray();
        var max = children.Max(c => c.LastStepLogprob!.Value);
        var weights = children.Select(c => Math.Exp(c.LastStepLogprob!.Value - max)).ToArray();
        var sum = weights.Sum();
        return weights.Select(w => w / sum).ToArray();
    }
}
