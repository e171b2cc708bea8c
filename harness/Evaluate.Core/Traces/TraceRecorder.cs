using Evaluate.Core.Strategies;

namespace Evaluate.Core.Traces;

/// <summary>
/// Where a strategy notes the tree it builds for one problem (<c>--traces</c>): nodes as it creates them (ids in
/// creation order, the root is <see cref="Root"/>), the values it gives them, which it expands or prunes, the order it
/// visits them in, and which node each candidate came from. The runner reaches it to the strategy through
/// <see cref="SolveContext.Trace"/> and turns it into a <see cref="SearchTrace"/> once the candidates are graded
/// (<see cref="TraceBuilder"/>). <see cref="Off"/> (the default) records nothing: every call returns at once, so a run
/// without <c>--traces</c> does exactly what it did before.
/// </summary>
public sealed class TraceRecorder
{
    /// <summary>The recorder of a run without <c>--traces</c>: ignores every call; <see cref="Add"/> returns -1.</summary>
    public static TraceRecorder Off { get; } = new(enabled: false);

    /// <summary>The root's id: the problem itself, before any step.</summary>
    public const int Root = 0;

    private readonly List<NodeDraft> _nodes = [];
    private readonly List<int> _visits = [];
    private readonly List<(int Candidate, int Node)> _candidates = [];
    private int _modelCalls;
    private int _rewardCalls;

    public TraceRecorder() : this(enabled: true)
    {
    }

    private TraceRecorder(bool enabled)
    {
        Enabled = enabled;
        if (enabled) _nodes.Add(new NodeDraft(null, 0, ""));
    }

    public bool Enabled { get; }

    internal IReadOnlyList<NodeDraft> Nodes => _nodes;
    internal IReadOnlyList<int> VisitOrder => _visits;
    internal IReadOnlyList<(int Candidate, int Node)> Candidates => _candidates;
    internal int ModelCalls => _modelCalls;
    internal int RewardCalls => _rewardCalls;

    /// <summary>A new node under <paramref name="parent"/>; its id (-1 when off, and for a parent of -1).</summary>
    public int Add(int parent, string step)
    {
        if (!Enabled || parent < 0 || parent >= _nodes.Count) return -1;
        _nodes.Add(new NodeDraft(parent, _nodes[parent].Depth + 1, step));
        return _nodes.Count - 1;
    }

    /// <summary>The evaluation the search used for the node (a reward, a value vote, a mean value).</summary>
    public void Value(int node, double? value)
    {
        if (Has(node) && value is { } v) _nodes[node].Value = v;
    }

    /// <summary>The search looked at the node now (appends to the visit order).</summary>
    public void Visit(int node)
    {
        if (!Has(node)) return;
        _visits.Add(node);
        _nodes[node].Visits++;
    }

    /// <summary>The node's visit count as the search kept it (MCTS: the backpropagated count), over the visits noted.</summary>
    public void VisitCount(int node, int visits)
    {
        if (Has(node)) _nodes[node].Visits = visits;
    }

    public void Expanded(int node)
    {
        if (Has(node)) _nodes[node].Expanded = true;
    }

    public void Pruned(int node)
    {
        if (Has(node)) _nodes[node].Pruned = true;
    }

    public void Terminal(int node)
    {
        if (Has(node)) _nodes[node].Terminal = true;
    }

    /// <summary>Candidate <paramref name="candidate"/> of the outcome is the solution the (terminal) node stands for.</summary>
    public void Candidate(int node, int candidate)
    {
        if (!Has(node)) return;
        _nodes[node].Terminal = true;
        _candidates.Add((candidate, node));
    }

    /// <summary>
    /// Candidates <paramref name="first"/>.. of the outcome as whole solutions under the root, one node each (sampling
    /// strategies: a degenerate tree). Each node's value is the candidate's score, when it has one.
    /// </summary>
    public void AddSamples(IReadOnlyList<Candidate> candidates, int first = 0)
    {
        if (!Enabled) return;
        if (_visits.Count == 0) Visit(Root);
        for (var i = first; i < candidates.Count; i++)
        {
            var node = Add(Root, candidates[i].Completion.Text);
            Value(node, candidates[i].Score);
            Visit(node);
            Candidate(node, i);
        }
    }

    /// <summary>How many candidates are noted so far: a mark for <see cref="ShiftCandidates"/>.</summary>
    public int CandidateMark => _candidates.Count;

    /// <summary>
    /// A nested strategy numbered its candidates from 0; the outer outcome puts <paramref name="offset"/> candidates
    /// before them (adaptive's fast path before its escalation).
    /// </summary>
    public void ShiftCandidates(int since, int offset)
    {
        for (var i = since; i < _candidates.Count; i++)
            _candidates[i] = (_candidates[i].Candidate + offset, _candidates[i].Node);
    }

    /// <summary>Answered model calls the strategy made (counted by its <see cref="ComputeGuard"/>).</summary>
    internal void CountModelCalls(int calls)
    {
        if (Enabled) Interlocked.Add(ref _modelCalls, calls);
    }

    internal void CountRewardCalls(int calls)
    {
        if (Enabled) Interlocked.Add(ref _rewardCalls, calls);
    }

    private bool Has(int node) => Enabled && node >= 0 && node < _nodes.Count;

    /// <summary>A node while the search runs (mutable); <see cref="TraceBuilder"/> freezes it into a <see cref="TraceNode"/>.</summary>
    internal sealed class NodeDraft(int? parent, int depth, string step)
    {
        public int? Parent { get; } = parent;
        public int Depth { get; } = depth;
        public string Step { get; } = step;
        public double? Value { get; set; }
        public int Visits { get; set; }
        public bool Expanded { get; set; }
        public bool Pruned { get; set; }
        public bool Terminal { get; set; }
    }
}
