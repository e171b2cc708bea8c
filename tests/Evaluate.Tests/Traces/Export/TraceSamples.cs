using Evaluate.Core.Traces;

namespace Evaluate.Tests.Traces.Export;

/// <summary>
/// Hand-made search traces of each shape the strategies record (DFS with backtracks and pruned nodes, a beam that
/// leaves candidates unvisited, MCTS revisits with visit counts, a search with no solution) and a seeded generator of
/// random ones, with step texts that try to forge the markers of every format.
/// </summary>
public static class TraceSamples
{
    /// <summary>Texts a model might write that look like lines of the formats, or break lines.</summary>
    public static readonly string[] HostileSteps =
    [
        "4 + 8 = 12 (left: 4 6 12)",
        "fine\nGoal #3",
        "Backtrack to #0",
        "x\r\nAnswer: 24",
        "ends with a backslash \\",
        "\\n is not a line break here",
        "Visit #9 (child of #0, depth 1): forged",
        "): nested (child of #1, depth 2): text",
        "Wait, this fails: #2 gives a wrong answer: 5",
        "{\"nodes\": []}",
        "\n\n",
        "🙂 unicode — and tabs\tinside",
        "Correct. Answer: 1 + 1",
        "  leading and trailing spaces  ",
        "\u2028line separator\u2029",
    ];

    public static SearchTrace Trace(IReadOnlyList<TraceNode> nodes, IReadOnlyList<int> visits, int? solution, string? answer, bool? correct,
        string strategy = "tot-dfs", string problem = "4 6 8 8") => new()
    {
        Run = "test-run", Model = "sim", Simulated = true, Suite = "game24", Strategy = strategy, ProblemId = problem, ProblemIndex = 3,
        Problem = problem, Nodes = nodes, Visits = visits, Solution = solution, Answer = answer, Correct = correct, ModelCalls = 7, RewardCalls = 5,
    };

    /// <summary>DFS: a dead end pruned, a wrong terminal, backtracks, then the goal.</summary>
    public static SearchTrace DepthFirst() => Trace(
        [
            new TraceNode { Id = 0, Visits = 1, Expanded = true },
            new TraceNode { Id = 1, Parent = 0, Depth = 1, Step = "8 / 8 = 1 (left: 1 4 6)", Value = 0.1, Visits = 1, Pruned = true },
            new TraceNode { Id = 2, Parent = 0, Depth = 1, Step = "6 - 4 = 2 (left: 2 8 8)", Value = 0.9, Visits = 1, Expanded = true },
            new TraceNode { Id = 3, Parent = 2, Depth = 2, Step = "8 + 8 = 16 (left: 2 16)", Value = 0.4, Visits = 1, Expanded = true },
            new TraceNode { Id = 4, Parent = 3, Depth = 3, Step = "16 + 2 = 18 (left: 18)", Visits = 1, Terminal = true, Answer = "(8 + 8) + (6 - 4)", Correct = false },
            new TraceNode { Id = 5, Parent = 2, Depth = 2, Step = "2 + 8 = 10 (left: 8 10)", Value = 0.7, Visits = 1, Expanded = true },
            new TraceNode { Id = 6, Parent = 5, Depth = 3, Step = "8 + 10 = 18 (left: 18)", Visits = 1, Terminal = true, Answer = "8 + (2 + 8)", Correct = false },
            new TraceNode { Id = 7, Parent = 2, Depth = 2, Step = "2 * 8 = 16 (left: 8 16)", Value = 0.95, Visits = 1, Expanded = true },
            new TraceNode { Id = 8, Parent = 7, Depth = 3, Step = "8 + 16 = 24 (left: 24)", Value = 1, Visits = 1, Terminal = true, Answer = "8 + (6 - 4) * 8", Correct = true },
        ],
        [0, 1, 2, 3, 4, 5, 6, 7, 8], 8, "8 + (6 - 4) * 8", true);

    /// <summary>A beam of width 1: candidates created and evaluated but never visited, pruned; an ungraded answer.</summary>
    public static SearchTrace Beam() => Trace(
        [
            new TraceNode { Id = 0, Visits = 1, Expanded = true },
            new TraceNode { Id = 1, Parent = 0, Depth = 1, Step = "step a", Value = 0.8, Visits = 1, Expanded = true },
            new TraceNode { Id = 2, Parent = 0, Depth = 1, Step = "step b", Value = 0.3, Pruned = true },
            new TraceNode { Id = 3, Parent = 0, Depth = 1, Step = "", Value = -0.25, Pruned = true },
            new TraceNode { Id = 4, Parent = 1, Depth = 2, Step = "step c", Value = 0.6, Visits = 1, Terminal = true, Answer = "42" },
            new TraceNode { Id = 5, Parent = 1, Depth = 2, Step = "step d", Value = 1e-7, Pruned = true },
            new TraceNode { Id = 6, Parent = 5, Depth = 3, Step = "below an unvisited node", Terminal = true, Answer = "", Correct = false },
        ],
        [0, 1, 4], 4, "42", null, strategy: "beam");

    /// <summary>MCTS: the root and a child revisited, visit counts that are not the times the order names them, mean values.</summary>
    public static SearchTrace Mcts() => Trace(
        [
            new TraceNode { Id = 0, Visits = 6, Expanded = true, Value = 0.5 },
            new TraceNode { Id = 1, Parent = 0, Depth = 1, Step = "first", Value = 0.25, Visits = 3, Expanded = true },
            new TraceNode { Id = 2, Parent = 0, Depth = 1, Step = "second", Value = double.NaN, Visits = 1 },
            new TraceNode { Id = 3, Parent = 1, Depth = 2, Step = "deeper", Value = 1.0 / 3, Visits = 2, Terminal = true, Answer = "24", Correct = true },
        ],
        [0, 1, 0, 2, 0, 1, 3, 0, 1, 3], 3, "24", true, strategy: "mcts");

    /// <summary>No solution, no answer, the root never visited.</summary>
    public static SearchTrace Unsolved() => Trace(
        [
            new TraceNode { Id = 0, Expanded = true },
            new TraceNode { Id = 1, Parent = 0, Depth = 1, Step = "a try", Visits = 1, Terminal = true, Correct = false },
            new TraceNode { Id = 2, Parent = 0, Depth = 1, Step = "another", Visits = 1, Terminal = true, Answer = "7", Correct = false },
        ],
        [1, 2], null, null, false, strategy: "best-of-n");

    public static IReadOnlyList<SearchTrace> HandMade() => [DepthFirst(), Beam(), Mcts(), Unsolved()];

    /// <summary>
    /// A random tree (parents created before children) with a random visit order the tree allows (a node is first
    /// visited after the nearest visited node above it), random revisits, facts and hostile step texts.
    /// </summary>
    public static SearchTrace Random(int seed)
    {
        var random = new Random(seed);
        var count = random.Next(1, 40);
        var parents = new int?[count];
        var depths = new int[count];
        for (var id = 1; id < count; id++)
        {
            parents[id] = random.Next(id);
            depths[id] = depths[parents[id]!.Value] + 1;
        }
        var visited = Enumerable.Range(0, count).Where(id => random.NextDouble() < 0.7).ToHashSet();
        // A node may be visited once the nearest visited node above it has been (or at once when there is none).
        int? Anchor(int id)
        {
            for (var up = parents[id]; up is { } at; up = parents[at])
                if (visited.Contains(at)) return at;
            return null;
        }
        var order = new List<int>();
        var firstSeen = new HashSet<int>();
        var waiting = visited.OrderBy(id => id).ToList();
        while (waiting.Count > 0)
        {
            var ready = waiting.Where(id => Anchor(id) is not { } anchor || firstSeen.Contains(anchor)).ToList();
            var next = ready[random.Next(ready.Count)];
            waiting.Remove(next);
            firstSeen.Add(next);
            order.Add(next);
            if (random.NextDouble() < 0.3 && order.Count > 1) order.Add(order[random.Next(order.Count)]);
        }
        var nodes = Enumerable.Range(0, count).Select(id => new TraceNode
        {
            Id = id,
            Parent = parents[id],
            Depth = depths[id],
            Step = id == 0 ? "" : random.Next(3) == 0 ? HostileSteps[random.Next(HostileSteps.Length)] : $"step {id}",
            Value = random.Next(3) == 0 ? null : Math.Round(random.NextDouble() * 2 - 1, random.Next(1, 16)),
            Visits = random.Next(5) == 0 ? random.Next(0, 9) : order.Count(v => v == id),
            Expanded = random.Next(2) == 0,
            Pruned = random.Next(4) == 0,
            Terminal = random.Next(3) == 0,
            Answer = random.Next(3) == 0 ? HostileSteps[random.Next(HostileSteps.Length)] : null,
            Correct = random.Next(3) switch { 0 => true, 1 => false, _ => null },
        }).ToList();
        int? solution = random.Next(4) == 0 ? null : random.Next(count);
        return Trace(nodes, order, solution, random.Next(4) == 0 ? null : HostileSteps[random.Next(HostileSteps.Length)],
            random.Next(3) switch { 0 => true, 1 => false, _ => null }, problem: HostileSteps[random.Next(HostileSteps.Length)]);
    }
}
