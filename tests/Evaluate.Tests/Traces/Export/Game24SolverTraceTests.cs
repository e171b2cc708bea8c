using System.Text.Json;
using Evaluate.Composition.Traces;
using Evaluate.Core.Problems;
using Evaluate.Core.Puzzles.Game24;
using Evaluate.Core.Running;
using Evaluate.Core.Suites;
using Evaluate.Core.Traces;
using Evaluate.Core.Traces.Export;
using Evaluate.Core.Traces.Solver;
using Evaluate.Suites.Game24;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Traces.Export;

/// <summary>
/// The Game of 24 solver traces: the training split is large and disjoint from every split the suite evaluates, each
/// trace ends in an expression the suite's checker accepts, searches are seeded and pruned as documented, and every
/// trace parses back from each format.
/// </summary>
public sealed class Game24SolverTraceTests
{
    private static readonly Game24AnswerChecker Checker = new();
    private static readonly string Suite = new Game24Suite(null).Name;

    private static Game24TraceSplit SplitWithFile() => Game24TraceSplit.Create(SharedDatasets.Require());

    [Test]
    public void Train_holds_over_a_thousand_puzzles_and_none_the_suite_evaluates()
    {
        var data = SharedDatasets.Require();
        var split = Game24TraceSplit.Create(data);
        Assert.That(split.Train, Has.Count.GreaterThanOrEqualTo(1000));
        Assert.That(split.HeldOutOrders, Is.EqualTo(new[] { "enumerated", "file" }));
        var train = split.Train.Select(Game24TraceSplit.Key).ToHashSet();
        Assert.That(train, Has.Count.EqualTo(split.Train.Count), "no puzzle twice");
        // What the suite evaluates, asked of the suite itself in both orders.
        foreach (var order in new[] { Game24Suite.EnumeratedOrder, Game24Suite.FileOrder })
        {
            var evaluated = new Game24Suite(data, order: order).Load(new ProblemSelection()).Select(p => Game24TraceSplit.Key(p.Text)).ToList();
            Assert.That(evaluated, Has.Count.EqualTo(100));
            Assert.That(train.Intersect(evaluated), Is.Empty, $"order {order}: train ∩ test");
            Assert.That(split.Test.Select(Game24TraceSplit.Key), Is.SupersetOf(evaluated));
        }
        Assert.That(train.Count + split.Test.Count, Is.EqualTo(Game24PuzzleSet.All.Count), "train and test cover every solvable puzzle");
        Assert.That(train.Intersect(split.Test.Select(Game24TraceSplit.Key)), Is.Empty);
    }

    [Test]
    public void Without_24csv_the_enumerated_split_is_still_held_out()
    {
        var split = Game24TraceSplit.Create(TestRuns.NoData);
        Assert.That(split.HeldOutOrders, Is.EqualTo(new[] { "enumerated" }));
        Assert.That(split.Test, Is.EqualTo(Game24PuzzleSet.All.Skip(900).Take(100)));
        Assert.That(split.Train, Has.Count.EqualTo(Game24PuzzleSet.All.Count - 100));
    }

    [Test]
    public void Every_train_trace_ends_in_an_expression_that_makes_24_with_its_numbers()
    {
        var split = SplitWithFile();
        var tracer = new Game24SolverTracer(new Game24SolverTraceOptions(), Suite);
        var index = 0;
        foreach (var puzzle in split.Train)
        {
            var trace = tracer.Trace(puzzle, index++);
            var problem = new Problem(puzzle, puzzle, "24", ProblemMeta.None);
            Assert.That(trace.Correct, Is.True, puzzle);
            Assert.That(Checker.Grade(problem, trace.Answer).Correct, Is.True, $"{puzzle}: {trace.Answer}");
            Assert.That(Game24Expression.Check(trace.Answer, Game24Puzzle.Numbers(puzzle)).Reason, Is.EqualTo("equals-24"));
            var solution = trace.Nodes.Single(n => n.Id == trace.Solution);
            Assert.That(solution.Terminal && solution.Correct == true && solution.Answer == trace.Answer, Is.True);
            // Every final number the search looked at is graded as the checker grades it.
            foreach (var leaf in trace.Nodes.Where(n => n.Terminal))
                Assert.That(leaf.Correct, Is.EqualTo(Checker.Grade(problem, leaf.Answer).Correct), $"{puzzle}: {leaf.Answer}");
            Assert.That(trace.Model, Is.EqualTo("solver:game24"));
            Assert.That(trace.Simulated, Is.False);
        }
        Assert.That(index, Is.GreaterThanOrEqualTo(1000));
    }

    [TestCase(Game24SearchOrder.Dfs, Game24Pruning.Reachable)]
    [TestCase(Game24SearchOrder.Dfs, Game24Pruning.Lookahead)]
    [TestCase(Game24SearchOrder.Bfs, Game24Pruning.Reachable)]
    public void Solver_traces_parse_back_from_every_format(Game24SearchOrder order, Game24Pruning pruning)
    {
        var tracer = new Game24SolverTracer(new Game24SolverTraceOptions { Order = order, Pruning = pruning }, Suite);
        var puzzles = SplitWithFile().Train.Where((_, i) => i % 7 == 0).ToList();
        var backtracks = 0;
        foreach (var (puzzle, index) in puzzles.Select((p, i) => (p, i)))
        {
            var tree = TraceTree.Of(tracer.Trace(puzzle, index));
            foreach (var format in TraceFormats.All)
            {
                var text = format.Write(tree);
                Assert.That(format.Read(text).FirstDifference(tree), Is.Null, $"{format.Name} {puzzle}");
                if (format is SosFormat) backtracks += text.Split('\n').Count(l => l.StartsWith("Backtrack to #", StringComparison.Ordinal));
            }
        }
        Assert.That(backtracks, Is.GreaterThan(puzzles.Count), "the searches backtrack");
    }

    [Test]
    public void Pruning_drops_what_it_says()
    {
        var puzzles = SplitWithFile().Train.Take(150).ToList();
        var reachable = new Game24SolverTracer(new Game24SolverTraceOptions { Pruning = Game24Pruning.Reachable }, Suite);
        var lookahead = new Game24SolverTracer(new Game24SolverTraceOptions { Pruning = Game24Pruning.Lookahead }, Suite);
        var none = new Game24SolverTracer(new Game24SolverTraceOptions { Pruning = Game24Pruning.None }, Suite);
        var pruned = 0;
        foreach (var puzzle in puzzles)
        {
            foreach (var node in reachable.Trace(puzzle, 0).Nodes.Where(n => n.Pruned))
            {
                pruned++;
                // The step's "left:" list is the state the node stands for: the exact solver finds no way to 24 from it.
                var left = node.Step[(node.Step.IndexOf("left: ", StringComparison.Ordinal) + 6)..^1].Split(' ');
                Assert.That(left.All(x => !x.Contains('/', StringComparison.Ordinal) && !x.StartsWith('-')) && left.Length > 1
                    ? Game24Solver.IsSolvable(left.Select(int.Parse).ToList()) : new Game24Reachability().CanReach(left.Select(Parse).ToList()), Is.False, $"{puzzle}: {node.Step}");
            }
            Assert.That(lookahead.Trace(puzzle, 0).Nodes.Where(n => n.Pruned).All(n => n.Depth == 2), Is.True, "lookahead drops only states of two numbers");
            Assert.That(none.Trace(puzzle, 0).Nodes.Any(n => n.Pruned), Is.False);
        }
        Assert.That(pruned, Is.GreaterThan(0));
    }

    [Test]
    public void The_branch_order_is_seeded_and_bfs_keeps_to_its_beam()
    {
        var puzzles = SplitWithFile().Train.Take(40).ToList();
        var one = new Game24SolverTracer(new Game24SolverTraceOptions { Seed = 1 }, Suite);
        var again = new Game24SolverTracer(new Game24SolverTraceOptions { Seed = 1 }, Suite);
        var other = new Game24SolverTracer(new Game24SolverTraceOptions { Seed = 2 }, Suite);
        var differs = 0;
        foreach (var puzzle in puzzles)
        {
            var text = new SosFormat().Write(TraceTree.Of(one.Trace(puzzle, 0)));
            Assert.That(new SosFormat().Write(TraceTree.Of(again.Trace(puzzle, 0))), Is.EqualTo(text));
            if (new SosFormat().Write(TraceTree.Of(other.Trace(puzzle, 0))) != text) differs++;
        }
        Assert.That(differs, Is.GreaterThan(puzzles.Count / 2), "another seed tries the steps in another order");
        var bfs = new Game24SolverTracer(new Game24SolverTraceOptions { Order = Game24SearchOrder.Bfs, Pruning = Game24Pruning.None, Beam = 3 }, Suite);
        foreach (var puzzle in puzzles)
        {
            var trace = bfs.Trace(puzzle, 0);
            Assert.That(trace.Nodes.GroupBy(n => n.Depth).All(level => level.Count(n => n.Expanded) <= 3), Is.True, puzzle);
            Assert.That(trace.Visits.Select(v => trace.Nodes[v].Depth), Is.Ordered, "breadth first: a level at a time");
        }
    }

    [Test]
    public async Task The_verb_writes_the_test_split_labelled_and_parseable()
    {
        var work = TestRuns.NewDirectory();
        Directory.CreateDirectory(work);
        var output = Path.Combine(work, "test.jsonl");
        var (code, stdout, error) = await InProcessCli.RunAsync("export-traces", "--solver", "game24", "--split", "test", "--limit", "5",
            "--format", "meta-cot", "--out", output, "--data", SharedDatasets.Require().Path, "--tokenizer", "approx");
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(stdout, Does.Contain("held out: the test split of order enumerated and file (191 puzzles), train 1171"));
        var examples = File.ReadAllLines(output).Select(l => JsonSerializer.Deserialize<TraceExample>(l, ResultJson.Lines)!).ToList();
        Assert.That(examples, Has.Count.EqualTo(5));
        var test = SplitWithFile().Test;
        foreach (var example in examples)
        {
            Assert.That(example.Split, Is.EqualTo("test"));
            Assert.That(example.Model, Is.EqualTo("solver:game24"));
            Assert.That(example.Strategy, Is.EqualTo("dfs"));
            Assert.That(test, Does.Contain(example.ProblemId));
            var trace = example.Rebuild();
            Assert.That(Checker.Grade(new Problem(example.ProblemId, example.ProblemId, "24", ProblemMeta.None), Checker.Extract(example.Text)).Correct, Is.True);
            Assert.That(trace.Answer, Is.EqualTo(example.Answer));
        }
    }

    private static Fraction Parse(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 1 ? new Fraction(long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), 1)
            : new Fraction(long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
