using Evaluate.Core.Problems;
using Evaluate.Core.Traces;
using Evaluate.Suites.Game24;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Traces;

/// <summary>
/// `run --model sim --suite game24 --traces`: each strategy's trace is a well-formed tree whose compute equals the
/// problem's record in problems.jsonl and whose solution is a terminal node with an answer the Game of 24 checker accepts.
/// </summary>
public sealed class TraceAccountingTests
{
    private const int Limit = 6;

    private static readonly string[] Strategies =
    [
        "tot-bfs", "tot-dfs", "beam:beams=2,expand=2", "mcts:simulations=6", "best-of-n:n=4", "majority:n=3", "greedy",
        "adaptive:first=2,n=4,agree=1,escalate=beam",
    ];

    /// <summary>One run for every test of the class (they only read it).</summary>
    private static readonly Lazy<Task<string>> Run = new(RunOnceAsync);

    private static Task<string> RunAsync() => Run.Value;

    private static async Task<string> RunOnceAsync()
    {
        var directory = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync(
            ["run", "--model", "sim", "--suite", "game24", .. Strategies.SelectMany(s => new[] { "--strategy", s }), "--reward", "sim",
             "--limit", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "5", "--traces", "--out", directory]);
        Assert.That(code, Is.EqualTo(0), error);
        return directory;
    }

    private static IEnumerable<string> StrategyNames => Strategies.Select(s => s.Split(':')[0]);

    private static async Task<List<(SearchTrace Trace, Core.Running.ProblemRecord Problem)>> CellAsync(string strategy)
    {
        var directory = await RunAsync();
        var traces = TraceFiles.Traces(directory).Where(t => t.Strategy.Split(':')[0] == strategy).ToList();
        var problems = TraceFiles.Problems(directory).Where(p => p.Strategy.Split(':')[0] == strategy).ToList();
        Assert.That(traces.Select(t => (t.ProblemId, t.ProblemIndex)), Is.EqualTo(problems.Select(p => (p.ProblemId, p.ProblemIndex))),
            "one trace per problem, in problems.jsonl's order");
        Assert.That(traces, Has.Count.EqualTo(Limit));
        return traces.Zip(problems).ToList();
    }

    [TestCaseSource(nameof(StrategyNames))]
    public async Task The_trace_counts_the_model_and_reward_calls_the_problem_record_reports(string strategy)
    {
        foreach (var (trace, problem) in await CellAsync(strategy))
        {
            Assert.That(trace.ModelCalls, Is.EqualTo(problem.ModelCalls), $"{problem.ProblemId}: model calls");
            Assert.That(trace.RewardCalls, Is.EqualTo(problem.RewardCalls), $"{problem.ProblemId}: reward calls");
            Assert.That(trace.ModelCalls, Is.GreaterThan(0));
        }
    }

    [TestCaseSource(nameof(StrategyNames))]
    public async Task The_tree_is_well_formed_and_its_visits_name_existing_nodes(string strategy)
    {
        foreach (var (trace, problem) in await CellAsync(strategy))
        {
            var nodes = trace.Nodes;
            Assert.That(nodes.Select(n => n.Id), Is.EqualTo(Enumerable.Range(0, nodes.Count)), "ids in creation order");
            Assert.That(nodes[0].Parent, Is.Null, "node 0 is the root");
            foreach (var node in nodes.Skip(1))
            {
                Assert.That(node.Parent, Is.Not.Null.And.LessThan(node.Id), $"{problem.ProblemId} node {node.Id}: its parent precedes it");
                Assert.That(node.Depth, Is.EqualTo(nodes[node.Parent!.Value].Depth + 1), $"node {node.Id}: depth");
            }
            Assert.That(trace.Visits, Is.Not.Empty);
            Assert.That(trace.Visits, Has.All.InRange(0, nodes.Count - 1), "visits name existing nodes");
            Assert.That(trace.Visits[0], Is.EqualTo(0), "the search starts at the root");
            var samples = problem.Samples;
            Assert.That(nodes.Count(n => n.Terminal && n.Answer is not null), Is.LessThanOrEqualTo(samples), "answers come from the graded samples");
            Assert.That(nodes.Where(n => n.Pruned), Has.None.Matches<TraceNode>(n => n.Expanded), "a pruned node was not expanded");
        }
    }

    [TestCaseSource(nameof(StrategyNames))]
    public async Task A_solved_problems_solution_is_a_terminal_node_whose_answer_the_game24_checker_accepts(string strategy)
    {
        var checker = new Game24AnswerChecker();
        var puzzles = TestRuns.Game24(Limit).Problems.ToDictionary(p => p.Id);
        var solved = 0;
        foreach (var (trace, problem) in await CellAsync(strategy))
        {
            Assert.That(trace.Solution is null, Is.EqualTo(problem.SelectedIndex is null), $"{problem.ProblemId}: a solution exactly when the strategy chose");
            if (trace.Solution is null) continue;
            var solution = trace.Nodes[trace.Solution!.Value];
            Assert.That(solution.Terminal, Is.True, "the solution node is terminal");
            Assert.That(solution.Answer, Is.EqualTo(trace.Answer));
            Assert.That(trace.Correct, Is.EqualTo(problem.Score == 1), "the trace's verdict is the problem record's");
            Assert.That(checker.Grade(puzzles[problem.ProblemId], trace.Answer).Correct, Is.EqualTo(problem.Score == 1), $"{problem.ProblemId}: {trace.Answer}");
            foreach (var node in trace.Nodes.Where(n => n.Correct is not null))
            {
                Assert.That(node.Terminal, Is.True, $"node {node.Id}: only terminal nodes are graded");
                // The answer belongs to this node: its own step states it (a node mapped to another candidate would not).
                if (node.Answer is not null) Assert.That(checker.Extract(node.Step), Is.EqualTo(node.Answer), $"node {node.Id}: {node.Step}");
                Assert.That(checker.Grade(puzzles[problem.ProblemId], node.Answer).Correct, Is.EqualTo(node.Correct), $"node {node.Id}: {node.Answer}");
            }
            if (problem.Score == 1) solved++;
        }
        Assert.That(solved, Is.GreaterThan(0), $"{strategy} solves some puzzles, so a correct solution was checked");
    }

    [Test]
    public async Task Sampling_strategies_are_a_root_with_one_scored_child_per_sample()
    {
        foreach (var (trace, problem) in await CellAsync("best-of-n"))
        {
            Assert.That(trace.Nodes, Has.Count.EqualTo(problem.Samples + 1));
            Assert.That(trace.Nodes.Skip(1), Has.All.Matches<TraceNode>(n => n.Parent == 0 && n.Terminal && n.Value is not null));
            Assert.That(trace.RewardCalls, Is.EqualTo(problem.Samples), "one reward call per sample, each a node's value");
        }
    }

    [Test]
    public async Task Beam_scores_every_node_it_creates_with_one_reward_call_and_prunes_outside_the_beam()
    {
        foreach (var (trace, _) in await CellAsync("beam"))
        {
            Assert.That(trace.RewardCalls, Is.EqualTo(trace.Nodes.Count(n => n.Id > 0 && n.Value is not null)));
            foreach (var level in trace.Nodes.Skip(1).GroupBy(n => n.Depth))
                Assert.That(level.Count(n => !n.Pruned), Is.LessThanOrEqualTo(2), $"depth {level.Key}: at most beams=2 kept");
        }
    }

    [Test]
    public async Task Mcts_evaluates_once_per_reward_call_and_the_roots_visits_count_the_simulations()
    {
        foreach (var (trace, problem) in await CellAsync("mcts"))
        {
            Assert.That(trace.Nodes[0].Visits, Is.EqualTo(trace.RewardCalls), "every simulation backpropagates one reward to the root");
            Assert.That(trace.Visits.Count(v => v == 0), Is.EqualTo(trace.RewardCalls), "one selection pass from the root per simulation");
            Assert.That(problem.Samples, Is.EqualTo(trace.RewardCalls), "one candidate per evaluation");
        }
    }

    [Test]
    public async Task Tree_of_thoughts_spends_a_call_per_expansion_and_per_final_answer_and_values_what_it_keeps()
    {
        foreach (var (trace, problem) in await CellAsync("tot-bfs"))
        {
            var expanded = trace.Nodes.Count(n => n.Expanded);
            var finals = trace.Nodes.Count(n => n.Terminal);
            Assert.That(finals, Is.EqualTo(problem.Samples), "one terminal node per final answer");
            Assert.That(trace.ModelCalls, Is.GreaterThanOrEqualTo(expanded + finals), "propose and final calls, besides value calls");
            Assert.That(trace.Nodes.Skip(1), Has.All.Matches<TraceNode>(n => n.Value is not null), "BFS values every state it creates");
            Assert.That(trace.Visits, Is.Unique, "BFS looks at each node once");
        }
    }
}
