using Evaluate.Core.Components;
using Evaluate.Core.Models;
using Evaluate.Core.Search;

namespace Evaluate.Core.Strategies;

/// <summary>
/// Tree of Thoughts (Yao et al. 2023; princeton-nlp/tree-of-thought-llm) with suite-provided propose and value hooks.
/// BFS, as the paper runs Game of 24: for each of <see cref="IThoughtHooks.Steps"/> steps, one propose call per kept
/// state; one value call of <c>value_samples</c> samples per distinct proposed state (identical value prompts share
/// one evaluation, like the paper's value cache); keep the <c>breadth</c> best (ties to the earlier proposal). Then
/// each kept state gets one final call (the CoT prompt with its steps) and one value call on that answer, and the
/// highest-valued answer is selected. DFS: depth first over proposals in value order, at most <c>breadth</c>
/// children per state, pruning states valued below <c>prune</c>, stopping at the first answer valued at least
/// <c>accept</c> or after <c>max_states</c> expanded states. Candidate scores are the summed values.
/// </summary>
public sealed class TreeOfThoughtsStrategy : IStrategy, IStrategyRequirements
{
    public string? CannotRun(Suites.ISuite suite, Rewards.IRewardModel? reward) =>
        suite is IThoughtHooksProvider ? null : $"suite '{suite.Name}' has no Tree-of-Thoughts hooks (propose/value prompts)";

    private readonly bool _depthFirst;
    private readonly int _breadth;
    private readonly int _valueSamples;
    private readonly double _temperature;
    private readonly double _prune;
    private readonly double _accept;
    private readonly int _maxStates;

    public TreeOfThoughtsStrategy(bool depthFirst, int breadth, int valueSamples, double temperature, double prune = 1, double accept = 20, int maxStates = 100)
    {
        _depthFirst = depthFirst;
        _breadth = breadth;
        _valueSamples = valueSamples;
        _temperature = temperature;
        _prune = prune;
        _accept = accept;
        _maxStates = maxStates;
        var name = depthFirst ? "tot-dfs" : "tot-bfs";
        Descriptor = depthFirst
            ? ComponentDescriptor.Of(name, $"tree of thoughts DFS (b={breadth}, value samples={valueSamples})",
                ("breadth", breadth), ("value_samples", valueSamples), ("temperature", temperature), ("prune", prune), ("accept", accept), ("max_states", maxStates))
            : ComponentDescriptor.Of(name, $"tree of thoughts BFS (b={breadth}, value samples={valueSamples})",
                ("breadth", breadth), ("value_samples", valueSamples), ("temperature", temperature));
    }

    public ComponentDescriptor Descriptor { get; }

    public Task<StrategyOutcome> SolveAsync(SolveContext context, CancellationToken cancellationToken)
    {
        var hooks = (context.Suite as IThoughtHooksProvider)?.ThoughtHooks
            ?? throw new InvalidOperationException($"suite '{context.Suite.Name}' has no Tree-of-Thoughts hooks (IThoughtHooksProvider)");
        var run = new Run(this, context, hooks);
        return _depthFirst ? run.DepthFirstAsync(cancellationToken) : run.BreadthFirstAsync(cancellationToken);
    }

    /// <param name="Node">The state's node in the problem's trace (-1 when not tracing).</param>
    private sealed record State(string Text, IReadOnlyList<double> Values, int Node = Traces.TraceRecorder.Root);

    /// <summary>The mutable part of one problem's search.</summary>
    private sealed class Run(TreeOfThoughtsStrategy s, SolveContext context, IThoughtHooks hooks)
    {
        private readonly ComputeGuard _guard = ComputeGuard.For(context);
        private readonly Dictionary<string, double> _valueCache = new(StringComparer.Ordinal);
        private readonly List<Candidate> _finals = [];
        private readonly Traces.TraceRecorder _trace = context.Trace;
        private long _calls;
        private int _expanded;
        private bool _accepted;

        public async Task<StrategyOutcome> BreadthFirstAsync(CancellationToken ct)
        {
            List<State> states = [new State("", [])];
            _trace.Visit(Traces.TraceRecorder.Root);
            for (var step = 0; step < hooks.Steps; step++)
            {
                var proposals = new List<State>();
                foreach (var state in states)
                    proposals.AddRange(await ProposeAsync(state, ct).ConfigureAwait(false));
                if (proposals.Count == 0) break;
                var values = new double[proposals.Count];
                for (var i = 0; i < proposals.Count; i++)
                {
                    var value = await ValueAsync(hooks.ValuePrompt(context.Problem, proposals[i].Text), ct).ConfigureAwait(false);
                    values[i] = value ?? 0;
                    proposals[i] = proposals[i] with { Values = [.. proposals[i].Values, values[i]] };
                    _trace.Value(proposals[i].Node, value);
                    _trace.Visit(proposals[i].Node);
                }
                var kept = TopK.Indices(values, s._breadth);
                states = kept.Select(i => proposals[i]).ToList();
                if (_trace.Enabled)
                    foreach (var dropped in Enumerable.Range(0, proposals.Count).Except(kept)) _trace.Pruned(proposals[dropped].Node);
                if (_guard.Exhausted) break;
            }
            foreach (var state in states) await FinishAsync(state, ct).ConfigureAwait(false);
            return Outcome();
        }

        public async Task<StrategyOutcome> DepthFirstAsync(CancellationToken ct)
        {
            await VisitAsync(new State("", []), 0, ct).ConfigureAwait(false);
            return Outcome();
        }

        private async Task VisitAsync(State state, int depth, CancellationToken ct)
        {
            if (_accepted || _guard.Exhausted) return;
            _trace.Visit(state.Node);
            if (depth == hooks.Steps)
            {
                var value = await FinishAsync(state, ct).ConfigureAwait(false);
                _accepted = value >= s._accept;
                return;
            }
            if (_expanded++ >= s._maxStates) return;
            var children = await ProposeAsync(state, ct).ConfigureAwait(false);
            var values = new double[children.Count];
            for (var i = 0; i < children.Count; i++)
            {
                var value = await ValueAsync(hooks.ValuePrompt(context.Problem, children[i].Text), ct).ConfigureAwait(false);
                values[i] = value ?? 0;
                _trace.Value(children[i].Node, value);
            }
            var order = TopK.Indices(values, s._breadth);
            if (_trace.Enabled) PruneUnvisitable(children, values, order);
            foreach (var i in order)
            {
                if (values[i] < s._prune) break;
                await VisitAsync(children[i] with { Values = [.. children[i].Values, values[i]] }, depth + 1, ct).ConfigureAwait(false);
                if (_accepted || _guard.Exhausted) return;
            }
        }

        /// <summary>DFS never enters the children outside the best <c>breadth</c> or valued below <c>prune</c>.</summary>
        private void PruneUnvisitable(List<State> children, double[] values, IReadOnlyList<int> order)
        {
            var enterable = order.TakeWhile(i => values[i] >= s._prune).ToHashSet();
            for (var i = 0; i < children.Count; i++)
                if (!enterable.Contains(i)) _trace.Pruned(children[i].Node);
        }

        private async Task<List<State>> ProposeAsync(State state, CancellationToken ct)
        {
            var response = await GenerateAsync(hooks.ProposePrompt(context.Problem, state.Text), 1, ct).ConfigureAwait(false);
            if (response is null) return [];
            _trace.Expanded(state.Node);
            return hooks.ParseProposals(response[0].Text)
                .Select(p => state with { Text = state.Text + p + "\n", Node = _trace.Add(state.Node, p) }).ToList();
        }

        /// <summary>Sum of the sampled values; null when the budget refused the call.</summary>
        private async Task<double?> ValueAsync(IReadOnlyList<ChatMessage> prompt, CancellationToken ct)
        {
            var key = string.Join("\u0001", prompt.Select(m => m.Content));
            if (_valueCache.TryGetValue(key, out var cached)) return cached;
            var response = await GenerateAsync(prompt, s._valueSamples, ct).ConfigureAwait(false);
            if (response is null) return null;
            var value = response.Sum(r => hooks.ParseValue(r.Text));
            _valueCache[key] = value;
            return value;
        }

        /// <summary>Writes the final answer for a state and values it; returns the value (0 when refused).</summary>
        private async Task<double> FinishAsync(State state, CancellationToken ct)
        {
            var response = await GenerateAsync(hooks.FinalPrompt(context.Problem, state.Text), 1, ct).ConfigureAwait(false);
            if (response is null) return 0;
            _trace.Expanded(state.Node);
            var node = _trace.Add(state.Node, response[0].Text);
            var answer = context.Checker.Extract(response[0].Text) ?? response[0].Text;
            var valued = await ValueAsync(hooks.FinalValuePrompt(context.Problem, state.Text, answer), ct).ConfigureAwait(false);
            var value = valued ?? 0;
            _trace.Value(node, valued);
            _trace.Visit(node);
            _trace.Candidate(node, _finals.Count);
            // The recorded text shows the thoughts that led to the answer; usage stays that of the final call.
            _finals.Add(new Candidate(response[0] with { Text = state.Text + response[0].Text }, value, state.Values));
            return value;
        }

        private Task<IReadOnlyList<Completion>?> GenerateAsync(IReadOnlyList<ChatMessage> prompt, int n, CancellationToken ct)
        {
            var seed = context.Seed + _calls;
            _calls += n;
            return _guard.TryGenerateAsync(new GenerationRequest
            {
                Messages = prompt, N = n, Temperature = s._temperature, TopP = 1, Seed = seed, MaxTokens = context.MaxTokens,
            }, ct);
        }

        private StrategyOutcome Outcome() => new(_finals, BestScore.Index(_finals));
    }
}
