using Evaluate.Core.Problems;
using Evaluate.Core.Running;
using Evaluate.Core.Strategies;

namespace Evaluate.Core.Traces;

/// <summary>
/// Freezes what a <see cref="TraceRecorder"/> noted for one problem into its traces.jsonl line, after the runner has
/// graded the candidates: a terminal node's answer and correctness are its candidate's sample record (the verdict
/// samples.jsonl holds, judge and re-ask included), and the solution is the node of the chosen candidate. A candidate
/// the strategy did not place (a sampling strategy, which builds no tree) becomes a child of the root, so every
/// strategy has a trace: root plus one node per sample is the degenerate tree of best-of-n, majority and the like.
/// </summary>
public static class TraceBuilder
{
    public static SearchTrace Build(TraceRecorder recorder, RunKey key, string run, bool simulated, Problem problem, int problemIndex,
        StrategyOutcome outcome, IReadOnlyList<SampleRecord> samples)
    {
        if (!recorder.Enabled) throw new InvalidOperationException("a trace is built only from a recorder that records (--traces)");
        PlaceUnplacedCandidates(recorder, outcome);
        var nodeOfCandidate = new Dictionary<int, int>();
        var candidatesOfNode = new Dictionary<int, int>();
        foreach (var (candidate, node) in recorder.Candidates)
        {
            nodeOfCandidate.TryAdd(candidate, node);
            candidatesOfNode.TryAdd(node, candidate);
        }
        var nodes = recorder.Nodes.Select((draft, id) =>
        {
            var sample = candidatesOfNode.TryGetValue(id, out var c) && c < samples.Count ? samples[c] : null;
            return new TraceNode
            {
                Id = id, Parent = draft.Parent, Depth = draft.Depth, Step = draft.Step, Value = draft.Value, Visits = draft.Visits,
                Expanded = draft.Expanded, Pruned = draft.Pruned, Terminal = draft.Terminal,
                Answer = sample?.Extracted, Correct = sample?.Correct,
            };
        }).ToList();
        var selected = outcome.SelectedIndex is { } s && s < samples.Count ? samples[s] : null;
        return new SearchTrace
        {
            Run = run, Model = key.Model, Simulated = simulated, Suite = key.Suite, Strategy = key.Strategy,
            ProblemId = problem.Id, ProblemIndex = problemIndex, Problem = problem.Text,
            Nodes = nodes, Visits = recorder.VisitOrder.ToList(),
            Solution = outcome.SelectedIndex is { } chosen && nodeOfCandidate.TryGetValue(chosen, out var solution) ? solution : null,
            Answer = selected?.Extracted, Correct = selected?.Correct,
            ModelCalls = recorder.ModelCalls, RewardCalls = recorder.RewardCalls,
        };
    }

    private static void PlaceUnplacedCandidates(TraceRecorder recorder, StrategyOutcome outcome)
    {
        var placed = recorder.Candidates.Select(c => c.Candidate).ToHashSet();
        if (placed.Count == outcome.Candidates.Count) return;
        if (recorder.VisitOrder.Count == 0) recorder.Visit(TraceRecorder.Root);
        for (var i = 0; i < outcome.Candidates.Count; i++)
        {
            if (placed.Contains(i)) continue;
            var node = recorder.Add(TraceRecorder.Root, outcome.Candidates[i].Completion.Text);
            recorder.Value(node, outcome.Candidates[i].Score);
            recorder.Visit(node);
            recorder.Candidate(node, i);
        }
    }
}
