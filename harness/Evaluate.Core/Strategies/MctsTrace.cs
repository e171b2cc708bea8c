using Evaluate.Core.Search;
using Evaluate.Core.Traces;

namespace Evaluate.Core.Strategies;

/// <summary>
/// What MCTS notes in a problem's trace (<c>--traces</c>): its tree nodes as it adds them, each selection pass from the
/// root as visits, and each evaluation: a rollout becomes a terminal child of the node it evaluated (its text the
/// continuation, its value the reward); a final step is itself the candidate. At the end tree nodes take their
/// backpropagated visit count and mean value. Does nothing when the recorder is off.
/// </summary>
internal sealed class MctsTrace(TraceRecorder recorder, SearchNode root)
{
    private readonly Dictionary<SearchNode, int> _ids = new() { [root] = TraceRecorder.Root };

    public void Visit(SearchNode node)
    {
        if (recorder.Enabled) recorder.Visit(_ids[node]);
    }

    public void Added(SearchNode child)
    {
        if (!recorder.Enabled) return;
        var parent = _ids[child.Parent!];
        recorder.Expanded(parent);
        var id = recorder.Add(parent, child.Step);
        _ids[child] = id;
        if (child.IsTerminal) recorder.Terminal(id);
    }

    /// <param name="scoredItself">The node held a final step (or the depth limit) and was scored as it is, without a rollout.</param>
    /// <param name="path">The node's path: <paramref name="solution"/> begins with its text, the rest is the rollout.</param>
    public void Evaluated(SearchNode node, StepPath path, bool scoredItself, string solution, double? reward, int candidate)
    {
        if (!recorder.Enabled) return;
        var id = _ids[node];
        if (scoredItself)
        {
            recorder.Candidate(id, candidate);
            return;
        }
        var leaf = recorder.Add(id, solution[path.Text.Length..]);
        recorder.Value(leaf, reward);
        recorder.Visit(leaf);
        recorder.Candidate(leaf, candidate);
    }

    public void Finish()
    {
        if (!recorder.Enabled) return;
        foreach (var (node, id) in _ids)
        {
            recorder.VisitCount(id, node.Visits);
            if (node.Visits > 0) recorder.Value(id, node.MeanReward);
        }
    }
}
