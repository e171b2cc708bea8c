namespace Evaluate.Core.Traces.Export;

/// <summary>
/// A tree and its visit order as one sequence of events, and back. The order (docs/traces.md, "The event order"):
/// the problem; the root when the search never visits it; then each visit in order — a backtrack first when the node
/// visited is not a child of the node visited just before, then either a revisit or the node's introduction (its
/// step, then its facts: visit count when it differs from its occurrences, value, expanded, pruned, terminal,
/// answer), each introduction followed by the nodes below it the search created but never visited (and preceded by
/// its ancestors not introduced yet, should the order visit a node before its parent); last the goal and the final
/// answer. Facts are the node's final state, told when the node first appears.
/// </summary>
public static class TraceLinearisation
{
    public static IReadOnlyList<TraceEvent> Events(TraceTree tree)
    {
        var byId = tree.Nodes.ToDictionary(n => n.Id);
        var occurrences = new Dictionary<int, int>();
        foreach (var id in tree.Visits) occurrences[id] = occurrences.GetValueOrDefault(id) + 1;
        var unvisitedChildren = tree.Nodes
            .Where(n => n.Parent is not null && !occurrences.ContainsKey(n.Id))
            .GroupBy(n => n.Parent!.Value)
            .ToDictionary(g => g.Key, g => g.OrderBy(n => n.Id).ToList());
        var events = new List<TraceEvent> { new(TraceEventKind.Problem, Text: tree.Problem) };
        var introduced = new HashSet<int>();

        void Introduce(TraceNode node, bool visited)
        {
            introduced.Add(node.Id);
            events.Add(new TraceEvent(visited ? TraceEventKind.Visit : TraceEventKind.Generated, node.Id, node.Parent, node.Depth, Text: node.Step));
            var seen = occurrences.GetValueOrDefault(node.Id);
            if (node.Visits != seen) events.Add(new TraceEvent(TraceEventKind.VisitCount, node.Id, Count: node.Visits));
            if (node.Value is { } value) events.Add(new TraceEvent(TraceEventKind.Value, node.Id, Value: value));
            if (node.Expanded) events.Add(new TraceEvent(TraceEventKind.Expand, node.Id));
            if (node.Pruned) events.Add(new TraceEvent(TraceEventKind.Prune, node.Id));
            if (node.Terminal) events.Add(new TraceEvent(TraceEventKind.Terminal, node.Id));
            if (node.Answer is not null || node.Correct is not null)
                events.Add(new TraceEvent(TraceEventKind.Answer, node.Id, Correct: node.Correct, Text: node.Answer));
            foreach (var child in unvisitedChildren.GetValueOrDefault(node.Id) ?? []) Introduce(child, visited: false);
        }

        foreach (var root in tree.Nodes.Where(n => n.Parent is null && !occurrences.ContainsKey(n.Id))) Introduce(root, visited: false);
        int? previous = null;
        foreach (var id in tree.Visits)
        {
            var node = byId[id];
            if (!introduced.Contains(id))
            {
                // A node visited before its parent was (a recorder may log a candidate's evaluation first): the parent
                // chain is introduced as created-not-yet-visited, and its later visits read as revisits.
                var missing = new Stack<TraceNode>();
                for (var up = node.Parent; up is { } at && !introduced.Contains(at); up = byId[at].Parent) missing.Push(byId[at]);
                while (missing.Count > 0) Introduce(missing.Pop(), visited: false);
            }
            if (node.Parent is { } parent && parent != previous) events.Add(new TraceEvent(TraceEventKind.Backtrack, parent));
            if (introduced.Contains(id))
            {
                events.Add(new TraceEvent(TraceEventKind.Revisit, id));
            }
            else
            {
                Introduce(node, visited: true);
            }
            previous = id;
        }
        events.Add(tree.Solution is { } solution ? new TraceEvent(TraceEventKind.Goal, solution) : new TraceEvent(TraceEventKind.NoGoal));
        events.Add(new TraceEvent(TraceEventKind.Final, Correct: tree.Correct, Text: tree.Answer));
        return events;
    }

    /// <summary>
    /// The tree the events describe. Refuses events no tree gives (a node introduced twice, a fact about a node not yet
    /// introduced, a missing problem or final line) naming the event's position (1-based, = the line of a text format);
    /// the caller checks the order itself by writing the tree again (<see cref="TraceLineFormat"/>).
    /// </summary>
    public static TraceTree Tree(IReadOnlyList<TraceEvent> events)
    {
        if (events.Count == 0 || events[0].Kind != TraceEventKind.Problem) throw new TraceParseException(1, "the first line must state the problem");
        var nodes = new Dictionary<int, TraceNode>();
        var visitCounts = new Dictionary<int, int>();
        var visits = new List<int>();
        int? solution = null;
        var goalSeen = false;
        TraceEvent? final = null;
        for (var i = 1; i < events.Count; i++)
        {
            var e = events[i];
            var line = i + 1;
            if (final is not null) throw new TraceParseException(line, "nothing may follow the final answer");
            TraceNode Known() => nodes.TryGetValue(e.Id, out var node) ? node : throw new TraceParseException(line, $"node #{e.Id} is not introduced before this line");
            void Update(TraceNode node) => nodes[node.Id] = node;
            switch (e.Kind)
            {
                case TraceEventKind.Visit or TraceEventKind.Generated:
                    if (nodes.ContainsKey(e.Id)) throw new TraceParseException(line, $"node #{e.Id} is introduced twice");
                    if (e.Parent is { } parent && !nodes.ContainsKey(parent)) throw new TraceParseException(line, $"the parent #{parent} of node #{e.Id} is not introduced before it");
                    nodes[e.Id] = new TraceNode { Id = e.Id, Parent = e.Parent, Depth = e.Depth, Step = e.Text ?? "" };
                    if (e.Kind == TraceEventKind.Visit) visits.Add(e.Id);
                    break;
                case TraceEventKind.Revisit:
                    Known();
                    visits.Add(e.Id);
                    break;
                case TraceEventKind.Backtrack:
                    Known();
                    break;
                case TraceEventKind.VisitCount:
                    Known();
                    visitCounts[e.Id] = e.Count;
                    break;
                case TraceEventKind.Value: Update(Known() with { Value = e.Value }); break;
                case TraceEventKind.Expand: Update(Known() with { Expanded = true }); break;
                case TraceEventKind.Prune: Update(Known() with { Pruned = true }); break;
                case TraceEventKind.Terminal: Update(Known() with { Terminal = true }); break;
                case TraceEventKind.Answer: Update(Known() with { Answer = e.Text, Correct = e.Correct }); break;
                case TraceEventKind.Goal or TraceEventKind.NoGoal:
                    if (goalSeen) throw new TraceParseException(line, "a second goal line");
                    goalSeen = true;
                    if (e.Kind == TraceEventKind.Goal) solution = Known().Id;
                    break;
                case TraceEventKind.Final:
                    if (!goalSeen) throw new TraceParseException(line, "the final answer comes after the goal line");
                    final = e;
                    break;
                default:
                    throw new TraceParseException(line, $"a {e.Kind} line belongs only at the start");
            }
        }
        if (final is null) throw new TraceParseException(events.Count, "the trace ends without its final answer line");
        var occurrences = visits.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        return new TraceTree
        {
            Problem = events[0].Text ?? "",
            Nodes = nodes.Values
                .Select(n => n with { Visits = visitCounts.TryGetValue(n.Id, out var count) ? count : occurrences.GetValueOrDefault(n.Id) })
                .OrderBy(n => n.Id)
                .ToList(),
            Visits = visits,
            Solution = solution,
            Answer = final.Text,
            Correct = final.Correct,
        };
    }
}
