using System.Globalization;
using Evaluate.Core.Puzzles.Game24;

namespace Evaluate.Core.Traces.Solver;

/// <summary>
/// The symbolic search traces of the exact Game of 24 solver (the Stream-of-Search training set for this suite): DFS
/// or BFS over the solver's step space (combine two remaining numbers with + - * /, <see cref="Game24Solver.NextSteps"/>),
/// each state's steps tried in a seeded order, states dropped by <see cref="Game24Pruning"/>, recorded as a
/// <see cref="SearchTrace"/> (model "solver:game24", not simulated, no model or reward calls). A node's value is the
/// verdict of the pruning rule that looked at it (1 can still make 24, 0 cannot); a final number is graded instead.
/// </summary>
/// <param name="suite">The suite name the traces carry (the Game of 24 suite's own: the core does not know suites by name).</param>
public sealed class Game24SolverTracer(Game24SolverTraceOptions options, string suite)
{
    public const string ModelName = "solver:game24";
    private static readonly Fraction Target = new(24, 1);
    private readonly Game24Reachability _reachability = new();

    public SearchTrace Trace(string puzzle, int index)
    {
        var numbers = Game24Puzzle.Numbers(puzzle);
        if (numbers.Count == 0) throw new ArgumentException($"'{puzzle}' is not a Game of 24 puzzle", nameof(puzzle));
        var search = new Search(options, _reachability, new Random(MixedSeed(options.Seed, puzzle)));
        var root = search.Create(null, "", numbers.Select(n => new Item(n, n.ToString(CultureInfo.InvariantCulture))).ToList());
        if (options.Order == Game24SearchOrder.Dfs) search.DepthFirst(root);
        else search.BreadthFirst(root);
        var solution = search.Solution;
        return new SearchTrace
        {
            Run = options.RunName, Model = ModelName, Simulated = false, Suite = suite, Strategy = options.Strategy,
            ProblemId = puzzle, ProblemIndex = index, Problem = puzzle,
            Nodes = search.Nodes.Select(n => n.Record()).ToList(), Visits = search.Visits,
            Solution = solution?.Id, Answer = solution?.Answer, Correct = solution is not null,
        };
    }

    /// <summary>The seed of one puzzle's branch orders: the option's seed and a stable (FNV-1a) hash of the puzzle.</summary>
    private static int MixedSeed(int seed, string puzzle)
    {
        var hash = 2166136261u;
        foreach (var c in puzzle) hash = (hash ^ c) * 16777619u;
        return unchecked((int)hash ^ (seed * 486187739));
    }

    private readonly record struct Item(Fraction Value, string Expression);

    private sealed class Node(int id, int? parent, int depth, string step, List<Item> items)
    {
        public int Id { get; } = id;
        public int? Parent { get; } = parent;
        public int Depth { get; } = depth;
        public List<Item> Items { get; } = items;
        public double? Value { get; set; }
        public int Visits { get; set; }
        public bool Expanded { get; set; }
        public bool Pruned { get; set; }
        public string? Answer { get; set; }
        public bool? Correct { get; set; }
        public bool Terminal => Items.Count == 1;

        public TraceNode Record() => new()
        {
            Id = Id, Parent = Parent, Depth = Depth, Step = step, Value = Value, Visits = Visits, Expanded = Expanded,
            Pruned = Pruned, Terminal = Terminal, Answer = Answer, Correct = Correct,
        };
    }

    private sealed class Search(Game24SolverTraceOptions options, Game24Reachability reachability, Random random)
    {
        public List<Node> Nodes { get; } = [];
        public List<int> Visits { get; } = [];
        public Node? Solution { get; private set; }

        public Node Create(Node? parent, string step, List<Item> items)
        {
            var node = new Node(Nodes.Count, parent?.Id, parent is null ? 0 : parent.Depth + 1, step, items);
            Nodes.Add(node);
            return node;
        }

        public bool DepthFirst(Node node)
        {
            if (!Visit(node)) return Solution is not null;
            node.Expanded = true;
            foreach (var (step, items) in Successors(node))
                if (DepthFirst(Create(node, step, items))) return true;
            return false;
        }

        public void BreadthFirst(Node root)
        {
            var level = new List<Node> { root };
            while (level.Count > 0)
            {
                var kept = new List<Node>();
                foreach (var node in level)
                {
                    if (Visit(node)) kept.Add(node);
                    if (Solution is not null) return;
                }
                foreach (var cut in kept.Skip(options.Beam)) cut.Pruned = true;
                var next = new List<Node>();
                foreach (var node in kept.Take(options.Beam))
                {
                    node.Expanded = true;
                    foreach (var (step, items) in Successors(node)) next.Add(Create(node, step, items));
                }
                level = next;
            }
        }

        /// <summary>Looks at a node: grades a final number, applies the pruning rule. True when the node may be expanded.</summary>
        private bool Visit(Node node)
        {
            Visits.Add(node.Id);
            node.Visits++;
            if (node.Terminal)
            {
                var correct = node.Items[0].Value == Target;
                node.Answer = Unwrap(node.Items[0].Expression);
                node.Correct = correct;
                if (correct) Solution = node;
                return false;
            }
            bool? promising = options.Pruning switch
            {
                Game24Pruning.Reachable => reachability.CanReach(node.Items.Select(i => i.Value).ToList()),
                Game24Pruning.Lookahead when node.Items.Count == 2 => Game24Reachability.MakesTargetInOne(node.Items[0].Value, node.Items[1].Value),
                _ => null,
            };
            if (promising is { } verdict) node.Value = verdict ? 1 : 0;
            if (promising == false) node.Pruned = true;
            return promising != false;
        }

        /// <summary>The node's next steps (the solver's step space) in this puzzle's seeded order, with the items each leaves.</summary>
        private List<(string Step, List<Item> Items)> Successors(Node node)
        {
            var successors = new List<(string, List<Item>)>();
            foreach (var step in Game24Solver.NextSteps(node.Items.Select(i => i.Value).ToList()))
            {
                var left = node.Items.FindIndex(i => i.Value == step.Left);
                var right = Enumerable.Range(0, node.Items.Count).First(k => k != left && node.Items[k].Value == step.Right);
                var items = node.Items.Where((_, k) => k != left && k != right).ToList();
                items.Add(new Item(step.Result, $"({node.Items[left].Expression} {step.Operator} {node.Items[right].Expression})"));
                successors.Add((step.ToString(), items));
            }
            for (var i = successors.Count - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (successors[i], successors[j]) = (successors[j], successors[i]);
            }
            return successors;
        }

        private static string Unwrap(string text) =>
            text.Length > 1 && text[0] == '(' && text[^1] == ')' ? text[1..^1] : text;
    }
}
