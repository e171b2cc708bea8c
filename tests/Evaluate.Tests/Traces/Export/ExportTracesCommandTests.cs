using System.Text.Json;
using Evaluate.Core.Running;
using Evaluate.Core.Traces;
using Evaluate.Core.Traces.Export;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Traces.Export;

/// <summary>
/// `export-traces RUN_DIR`: every example of every format rebuilds the trace it came from (with its run, model,
/// strategy and compute), the filters drop what they say and count it, and each refusal is one line with exit 2 that
/// leaves nothing behind.
/// </summary>
public sealed class ExportTracesCommandTests
{
    private static string RunWithTraces(IEnumerable<SearchTrace> traces)
    {
        var run = TestRuns.NewDirectory();
        Directory.CreateDirectory(run);
        File.WriteAllLines(Path.Combine(run, TraceFile.FileName), traces.Select(t => JsonSerializer.Serialize(t, ResultJson.Lines)));
        return run;
    }

    private static List<TraceExample> Examples(string file) =>
        File.ReadAllLines(file).Select(l => JsonSerializer.Deserialize<TraceExample>(l, ResultJson.Lines)!).ToList();

    private static readonly TraceNode[] NoNodes = [];
    private static readonly int[] NoVisits = [];

    private static IReadOnlyList<SearchTrace> Sources() => [.. TraceSamples.HandMade(), .. Enumerable.Range(0, 60).Select(TraceSamples.Random)];

    [TestCase("sos")]
    [TestCase("meta-cot")]
    [TestCase("jsonl-tree")]
    public async Task Every_example_parses_back_to_the_trace_it_was_written_from(string format)
    {
        var sources = Sources();
        var run = RunWithTraces(sources);
        var output = Path.Combine(run, "examples.jsonl");
        var (code, stdout, error) = await InProcessCli.RunAsync("export-traces", run, "--format", format, "--out", output, "--tokenizer", "approx");
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(stdout, Does.Contain($"{sources.Count} of {sources.Count} trace(s) written as {format}"));
        var examples = Examples(output);
        Assert.That(examples, Has.Count.EqualTo(sources.Count));
        for (var i = 0; i < sources.Count; i++)
        {
            var rebuilt = examples[i].Rebuild();
            Assert.That(TraceTree.Of(rebuilt).FirstDifference(TraceTree.Of(sources[i])), Is.Null, $"example {i}");
            Assert.That(rebuilt with { Nodes = NoNodes, Visits = NoVisits }, Is.EqualTo(sources[i] with { Nodes = NoNodes, Visits = NoVisits }),
                $"example {i}: run, model, strategy, compute");
            Assert.That(examples[i].Format, Is.EqualTo(format));
            Assert.That(examples[i].Simulated, Is.True);
            Assert.That(examples[i].Tokens, Is.GreaterThan(0));
        }
    }

    [Test]
    public async Task Solved_only_path_only_dedupe_and_max_tokens_drop_what_they_say()
    {
        // DepthFirst and Mcts are solved; Beam has a solution but no verdict; Unsolved has neither. DepthFirst twice: a duplicate.
        var run = RunWithTraces([TraceSamples.DepthFirst(), TraceSamples.Beam(), TraceSamples.Mcts(), TraceSamples.Unsolved(), TraceSamples.DepthFirst()]);
        var solved = Path.Combine(run, "solved.jsonl");
        var (code, stdout, error) = await InProcessCli.RunAsync("export-traces", run, "--out", solved, "--solved-only", "--dedupe", "--tokenizer", "approx");
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(Examples(solved).Select(e => e.Strategy), Is.EqualTo(new[] { "tot-dfs", "mcts" }));
        Assert.That(stdout, Does.Contain("2 of 5 trace(s) written as sos (dropped: 2 unsolved, 1 duplicate(s))"));

        var path = Path.Combine(run, "path.jsonl");
        (code, _, error) = await InProcessCli.RunAsync("export-traces", run, "--out", path, "--path-only", "--format", "meta-cot", "--tokenizer", "approx");
        Assert.That(code, Is.EqualTo(0), error);
        var paths = Examples(path);
        Assert.That(paths, Has.Count.EqualTo(4), "the trace without a solution has no path");
        Assert.That(paths[0].Rebuild().Visits, Is.EqualTo(new[] { 0, 2, 7, 8 }));
        Assert.That(paths[0].Text, Does.Not.Contain("another branch"));
        Assert.That(paths.All(e => e.PathOnly), Is.True);

        var all = Examples(solved);
        var limit = all.Min(e => e.Tokens);
        var capped = Path.Combine(run, "capped.jsonl");
        (code, stdout, error) = await InProcessCli.RunAsync("export-traces", run, "--out", capped, "--solved-only", "--max-tokens", limit.ToString(System.Globalization.CultureInfo.InvariantCulture), "--tokenizer", "approx");
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(Examples(capped).All(e => e.Tokens <= limit), Is.True);
        Assert.That(Examples(capped).Select(e => e.Text), Is.SubsetOf(all.Select(e => e.Text)), "an over-long example is dropped, never cut");
        Assert.That(stdout, Does.Contain("over --max-tokens"));
    }

    [Test]
    public async Task A_run_without_traces_is_told_to_run_with_traces()
    {
        var run = TestRuns.NewDirectory();
        Directory.CreateDirectory(run);
        var output = Path.Combine(run, "x.jsonl");
        var (code, _, error) = await InProcessCli.RunAsync("export-traces", run, "--out", output);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(error, Does.Contain("traces.jsonl").And.Contain("run with --traces"));
        Assert.That(File.Exists(output), Is.False);
        (code, _, error) = await InProcessCli.RunAsync("export-traces", Path.Combine(run, "missing"), "--out", output);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("no such run directory"));
    }

    [Test]
    public async Task An_existing_out_file_is_refused_and_kept()
    {
        var run = RunWithTraces([TraceSamples.DepthFirst()]);
        var output = Path.Combine(run, "kept.jsonl");
        File.WriteAllText(output, "mine\n");
        var (code, _, error) = await InProcessCli.RunAsync("export-traces", run, "--out", output);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("already exists"));
        Assert.That(File.ReadAllText(output), Is.EqualTo("mine\n"));
    }

    [TestCase("{\"run\":\"r\"}", "field 'model': missing")]
    [TestCase("not json", "field '(line)'")]
    [TestCase("NODES_WRONG_TYPE", "field 'nodes")]
    [TestCase("TWO_ROOTS", "field 'nodes': 2 nodes without a parent")]
    [TestCase("DUPLICATE_ID", "field 'nodes[1].id'")]
    [TestCase("BAD_VISIT", "field 'visits[1]'")]
    [TestCase("BAD_PARENT", "field 'nodes[1].parent'")]
    public async Task A_malformed_line_is_refused_naming_file_line_and_field(string line, string expected)
    {
        var good = JsonSerializer.Serialize(TraceSamples.Unsolved(), ResultJson.Lines);
        var bad = line switch
        {
            "NODES_WRONG_TYPE" => good.Replace("\"nodes\":[", "\"nodes\":\"oops\",\"x\":[", StringComparison.Ordinal),
            "TWO_ROOTS" => good.Replace("\"id\":1,\"parent\":0", "\"id\":1,\"parent\":null", StringComparison.Ordinal),
            "DUPLICATE_ID" => good.Replace("\"id\":1,", "\"id\":0,", StringComparison.Ordinal),
            "BAD_VISIT" => good.Replace("\"visits\":[1,2]", "\"visits\":[1,9]", StringComparison.Ordinal),
            "BAD_PARENT" => good.Replace("\"id\":1,\"parent\":0", "\"id\":1,\"parent\":7", StringComparison.Ordinal),
            _ => line,
        };
        Assert.That(bad, Is.Not.EqualTo(good), "the test breaks the line");
        var run = TestRuns.NewDirectory();
        Directory.CreateDirectory(run);
        File.WriteAllText(Path.Combine(run, TraceFile.FileName), good + "\n" + bad + "\n");
        var output = Path.Combine(run, "x.jsonl");
        var (code, _, error) = await InProcessCli.RunAsync("export-traces", run, "--out", output);
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1), error);
        Assert.That(error, Does.Contain($"{TraceFile.FileName}:2: "));
        Assert.That(error, Does.Contain(expected));
        Assert.That(File.Exists(output), Is.False, "a refused export leaves no file");
        Assert.That(File.Exists(output + ".tmp"), Is.False);
    }

    [TestCase("--split", "train")]
    [TestCase("--seed", "3")]
    public async Task Solver_options_without_the_solver_are_refused(string option, string value)
    {
        var run = RunWithTraces([TraceSamples.DepthFirst()]);
        var (code, _, error) = await InProcessCli.RunAsync("export-traces", run, "--out", Path.Combine(run, "x.jsonl"), option, value);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain($"{option} applies only with --solver"));
    }

    [Test]
    public async Task Both_a_run_and_the_solver_or_neither_is_refused()
    {
        var run = RunWithTraces([TraceSamples.DepthFirst()]);
        var (code, _, error) = await InProcessCli.RunAsync("export-traces", run, "--solver", "game24", "--split", "train", "--out", Path.Combine(run, "x.jsonl"));
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("not both"));
        (code, _, error) = await InProcessCli.RunAsync("export-traces", "--out", Path.Combine(run, "y.jsonl"));
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("RUN_DIR"));
    }
}
