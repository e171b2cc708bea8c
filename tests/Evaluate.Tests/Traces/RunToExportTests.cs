using System.Text.Json;
using Evaluate.Core.Running;
using Evaluate.Core.Traces;
using Evaluate.Core.Traces.Export;
using Evaluate.Suites.Game24;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Traces;

/// <summary>
/// Issue 22's acceptance, both halves joined: `run --model sim --suite game24 --strategy tot-bfs --traces`, then
/// `export-traces` in every format. Every example parses back to the tree the run recorded; its visits and compute
/// equal the run's accounting in problems.jsonl; a solved problem's example ends in an answer the checker accepts.
/// </summary>
public sealed class RunToExportTests
{
    private const int Limit = 8;

    private static readonly Lazy<Task<string>> Run = new(async () =>
    {
        var directory = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync("run", "--model", "sim", "--suite", "game24", "--strategy", "tot-bfs",
            "--limit", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture), "--traces", "--out", directory);
        Assert.That(code, Is.EqualTo(0), error);
        return directory;
    });

    [TestCase("sos")]
    [TestCase("meta-cot")]
    [TestCase("jsonl-tree")]
    public async Task Every_exported_example_of_a_traced_run_is_its_recorded_tree_with_the_runs_compute(string format)
    {
        var run = await Run.Value;
        var output = Path.Combine(Directory.CreateDirectory(TestRuns.NewDirectory()).FullName, $"{format}.jsonl");
        var (code, _, error) = await InProcessCli.RunAsync("export-traces", run, "--format", format, "--out", output, "--tokenizer", "approx");
        Assert.That(code, Is.EqualTo(0), $"export-traces: {error}");

        var traces = TraceFiles.Traces(run);
        var problems = TraceFiles.Problems(run).ToDictionary(p => p.ProblemId);
        var puzzles = TestRuns.Game24(Limit).Problems.ToDictionary(p => p.Id);
        var checker = new Game24AnswerChecker();
        var examples = File.ReadAllLines(output).Select(l => JsonSerializer.Deserialize<TraceExample>(l, ResultJson.Lines)!).ToList();
        Assert.That(examples, Has.Count.EqualTo(Limit));
        Assert.That(traces, Has.Count.EqualTo(Limit));

        var solved = 0;
        foreach (var (example, trace) in examples.Zip(traces))
        {
            var rebuilt = example.Rebuild();
            Assert.That(TraceTree.Of(rebuilt).FirstDifference(TraceTree.Of(trace)), Is.Null, $"{trace.ProblemId}: parses back to the recorded tree");
            Assert.That(rebuilt.Visits, Is.EqualTo(trace.Visits), $"{trace.ProblemId}: the visit order");
            var problem = problems[trace.ProblemId];
            Assert.That((example.ModelCalls, example.RewardCalls), Is.EqualTo((problem.ModelCalls, problem.RewardCalls)), $"{trace.ProblemId}: compute as problems.jsonl reports it");
            Assert.That(example.Visits, Is.EqualTo(trace.Visits.Count));
            Assert.That(example.Nodes, Is.EqualTo(trace.Nodes.Count));
            Assert.That(example.Simulated, Is.True, "the simulator's traces are labelled");
            if (problem.Score != 1) continue;
            solved++;
            Assert.That(example.Solved, Is.True);
            Assert.That(checker.Grade(puzzles[trace.ProblemId], rebuilt.Answer).Correct, Is.True, $"{trace.ProblemId}: {rebuilt.Answer}");
            if (format == "meta-cot")
                Assert.That(checker.Grade(puzzles[trace.ProblemId], checker.Extract(example.Text)).Correct, Is.True, "the text itself ends in the answer");
        }
        Assert.That(solved, Is.GreaterThan(0), "some puzzles are solved, so a correct ending was checked");
    }
}
