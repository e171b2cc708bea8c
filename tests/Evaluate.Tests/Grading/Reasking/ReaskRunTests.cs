using System.Text.Json;
using Evaluate.Core.Metrics;
using Evaluate.Core.Metrics.BuiltIn;
using Evaluate.Core.Metrics.Table;
using Evaluate.Core.Results;
using Evaluate.Core.Running;
using Evaluate.Tests.Metrics;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Grading.Reasking;

/// <summary>
/// `--reask` through the command line: on replay input whose responses lack final answers (re-asks answered by a live
/// model, through the cache), with the simulated reasoner on Game of 24 cut short by its token limit, in every reader,
/// and off by default (a run without it records nothing new and keeps its identity).
/// </summary>
public sealed class ReaskRunTests
{
    private static string ExampleSuite => Path.Combine(SharedDatasets.RepositoryRoot, "suites", "examples", "arithmetic-words.yaml");

    /// <summary>Three of five recorded responses end without an answer ("Let me think…", an unclosed thought, nothing).</summary>
    private static string MissingAnswers()
    {
        var file = Path.Combine(TestRuns.NewDirectory() + "-replay.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllLines(file,
        [
            """{"id": "aw-01", "responses": ["Three boxes of 12 make 36; giving away 9 leaves 27.\n#### 27", "Let me think about the boxes again"]}""",
            """{"id": "aw-02", "responses": ["I think it is 6.\n#### 6", "<think>48 rolls in bags of six", ""]}""",
        ]);
        return file;
    }

    private static IReadOnlyList<JsonElement> Lines(string path) =>
        [.. File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement)];

    [Test]
    public async Task Replay_input_with_missing_answers_is_reasked_by_the_named_model_and_a_rerun_hits_the_cache()
    {
        var input = MissingAnswers();
        var cache = Path.Combine(TestRuns.NewDirectory() + ".db");
        var plain = TestRuns.NewDirectory();
        var first = TestRuns.NewDirectory();
        var second = TestRuns.NewDirectory();
        Assert.That((await InProcessCli.RunAsync("replay", "--suite", ExampleSuite, "--input", input, "--out", plain)).ExitCode, Is.Zero);
        foreach (var directory in new[] { first, second })
        {
            var run = await InProcessCli.RunAsync("replay", "--suite", ExampleSuite, "--input", input, "--reask", "--reask-model", "sim", "--cache", cache, "--out", directory);
            Assert.That(run.ExitCode, Is.Zero, run.Error);
        }

        var plainSamples = Lines(Path.Combine(plain, "samples.jsonl"));
        var samples = Lines(Path.Combine(first, "samples.jsonl"));
        Assert.That(plainSamples.Count(s => s.GetProperty("extracted").ValueKind == JsonValueKind.Null), Is.EqualTo(3));
        Assert.That(samples.Select(s => s.GetProperty("response").GetString()), Is.EqualTo(plainSamples.Select(s => s.GetProperty("response").GetString())),
            "the recorded responses are kept as they were");
        var reasked = samples.Where(s => s.TryGetProperty("reasked", out var r) && r.GetBoolean()).ToList();
        Assert.That(reasked.Select(s => s.GetProperty("sample_index").GetInt32()), Is.EqualTo(new[] { 1, 1, 2 }));
        // The simulated reasoner knows these easy problems and restates its answer boxed; the numeric grader reads it.
        Assert.That(reasked.Select(s => s.GetProperty("reask").GetProperty("response").GetString()), Has.All.StartWith("The final answer is $\\boxed{"));
        Assert.That(reasked.Select(s => s.GetProperty("extracted").ValueKind), Has.None.EqualTo(JsonValueKind.Null));

        var problems = Lines(Path.Combine(first, "problems.jsonl"));
        Assert.That(problems.Select(p => p.GetProperty("reask").GetProperty("calls").GetInt32()), Is.EqualTo(new[] { 1, 2 }));
        // Replayed responses cost no call; the re-asks are the problem's only model calls.
        Assert.That(problems.Select(p => p.GetProperty("model_calls").GetInt32()), Is.EqualTo(new[] { 1, 2 }));
        var metrics = RunDirectory.Open(first).ReadSummary().Results.Single().Metrics;
        Assert.That(MetricValue.Number(metrics, "reask_share"), Is.EqualTo(3 / 5.0));
        Assert.That(MetricValue.Number(metrics, "reask_recovered"), Is.EqualTo(1.0));
        Assert.That(MetricValue.Number(metrics, "reask_calls"), Is.EqualTo(3));
        var plainMetrics = RunDirectory.Open(plain).ReadSummary().Results.Single().Metrics;
        Assert.That(MetricValue.Number(plainMetrics, "reask_share"), Is.Null, "a replay without --reask has no re-ask figures");

        // The rerun is answered from the cache: the same records, every re-ask a cache hit.
        var again = Lines(Path.Combine(second, "problems.jsonl"));
        Assert.That(again.Select(p => p.GetProperty("reask").GetProperty("cache_hits").GetInt32()), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(again.Select(p => p.GetProperty("cache_hits").GetInt32()), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(Lines(Path.Combine(second, "samples.jsonl")).Select(s => s.TryGetProperty("reask", out var r) ? r.GetProperty("response").GetString() : null),
            Is.EqualTo(samples.Select(s => s.TryGetProperty("reask", out var r) ? r.GetProperty("response").GetString() : null)));
    }

    [Test]
    public async Task Replay_refuses_reask_without_a_live_model_to_answer()
    {
        var input = MissingAnswers();
        var none = await InProcessCli.RunAsync("replay", "--suite", ExampleSuite, "--input", input, "--reask", "--out", TestRuns.NewDirectory());
        Assert.That(none.ExitCode, Is.EqualTo(2));
        Assert.That(none.Error, Does.Contain("--reask-model"));
        var recorded = await InProcessCli.RunAsync("replay", "--suite", ExampleSuite, "--input", input, "--reask", "--reask-model", "replay:" + input, "--out", TestRuns.NewDirectory());
        Assert.That(recorded.ExitCode, Is.EqualTo(2));
        Assert.That(recorded.Error, Does.Contain("name a live model"));
        var alone = await InProcessCli.RunAsync("run", "--model", "sim", "--suite", "game24", "--limit", "2", "--reask-model", "sim", "--out", TestRuns.NewDirectory());
        Assert.That(alone.ExitCode, Is.EqualTo(2));
        Assert.That(alone.Error, Does.Contain("reask_model (--reask-model) needs reask (--reask)"));
    }

    private static string[] GameArgs(string directory, params string[] extra) =>
        ["run", "--model", "sim", "--suite", "game24", "--strategy", "sample:n=2", "--limit", "10", "--max-tokens", "12", "--out", directory, .. extra];

    [Test]
    public async Task The_simulated_reasoner_restates_its_answer_so_a_cut_run_gains_accuracy_and_shows_how_much_rests_on_reasks()
    {
        var plain = TestRuns.NewDirectory();
        var reasked = TestRuns.NewDirectory();
        Assert.That((await InProcessCli.RunAsync(GameArgs(plain))).ExitCode, Is.Zero);
        Assert.That((await InProcessCli.RunAsync(GameArgs(reasked, "--reask"))).ExitCode, Is.Zero);
        var before = RunDirectory.Open(plain).ReadSummary().Results.Single().Metrics;
        var after = RunDirectory.Open(reasked).ReadSummary().Results.Single().Metrics;
        Assert.That(MetricValue.Number(before, "no_answer_share"), Is.GreaterThan(0), "12 tokens cut the responses before their answer");
        Assert.That(MetricValue.Number(after, "reask_share"), Is.EqualTo(MetricValue.Number(before, "no_answer_share")), "every answerless sample, and only those");
        Assert.That(MetricValue.Number(after, "accuracy"), Is.Not.EqualTo(MetricValue.Number(before, "accuracy")));
        var samples = Lines(Path.Combine(reasked, "samples.jsonl"));
        Assert.That(MetricValue.Number(after, "reask_calls"), Is.EqualTo(samples.Count(s => s.TryGetProperty("reasked", out _))));
        Assert.That(MetricValue.Number(after, "mean_model_calls_per_problem"),
            Is.EqualTo(MetricValue.Number(before, "mean_model_calls_per_problem")!.Value + MetricValue.Number(after, "reask_calls")!.Value / 10).Within(1e-9));
        // A restated answer is the model's temperature-0 answer: the same reply for every re-ask of a problem.
        foreach (var problem in samples.Where(s => s.TryGetProperty("reask", out _)).GroupBy(s => s.GetProperty("problem_id").GetString()))
            Assert.That(problem.Select(s => s.GetProperty("reask").GetProperty("response").GetString()).Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task Every_reader_shows_the_reask_share_and_calls_with_the_same_figures()
    {
        var directory = TestRuns.NewDirectory();
        var run = await InProcessCli.RunAsync(GameArgs(directory, "--reask"));
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var cell = RunDirectory.Open(directory).ReadSummary().Results.Single();
        var problems = ResultFiles.ReadLines<ProblemRecord>(Path.Combine(directory, "problems.jsonl")).ToList();
        Assert.That(MetricValue.Number(cell.Metrics, "reask_calls"), Is.EqualTo(problems.Sum(p => p.Reask!.Calls)).And.GreaterThan(0), "summary.json");
        Assert.That(MetricValue.Number(cell.Metrics, "reask_tokens"), Is.EqualTo(problems.Sum(p => p.Reask!.PromptTokens + p.Reask.CompletionTokens)));

        var expected = ResultTable.For(MetricCatalog.Default, MetricReaders.Headline, [cell.Metrics]);
        var headers = expected.Headers.ToList();
        Assert.That(headers, Does.Contain(ReaskMetric.ReaskShare.Header).And.Contain(ReaskMetric.ReaskCalls.Header));
        Assert.That(headers.IndexOf(ReaskMetric.ReaskShare.Header), Is.EqualTo(headers.FindIndex(h => h.StartsWith("accuracy", StringComparison.Ordinal)) + 1),
            "reask_share stands beside accuracy");
        var figures = expected.Row(cell.Metrics);
        var calls = figures[headers.IndexOf(ReaskMetric.ReaskCalls.Header)];
        Assert.That(calls, Is.EqualTo(problems.Sum(p => p.Reask!.Calls).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var (terminalHeaders, terminalRow) = ReaderFigures.Terminal(run.Output);
        Assert.That(terminalHeaders.Skip(3), Is.EqualTo(headers), "terminal");
        Assert.That(terminalRow.Skip(3), Is.EqualTo(figures), "terminal");
        var (mdHeaders, mdRow) = ReaderFigures.Markdown(File.ReadAllText(Path.Combine(directory, "summary.md")));
        Assert.That(mdHeaders.Skip(3), Is.EqualTo(headers), "summary.md");
        Assert.That(mdRow.Skip(3), Is.EqualTo(figures), "summary.md");
        Assert.That((await InProcessCli.RunAsync("report", directory)).ExitCode, Is.Zero);
        var (htmlHeaders, htmlRow) = ReaderFigures.Html(File.ReadAllText(Path.Combine(directory, "report.html")));
        Assert.That(htmlHeaders.Skip(3), Is.EqualTo(headers), "report.html");
        Assert.That(htmlRow.Skip(3), Is.EqualTo(figures), "report.html");
        // The sample browser shows each re-ask's reply beside the answer it gave.
        Assert.That(File.ReadAllText(Path.Combine(directory, "report.html")), Does.Contain("\"reask\":\"Answer:"));
        var (reportMdHeaders, reportMdRow) = ReaderFigures.Markdown(File.ReadAllText(Path.Combine(directory, "report.md")));
        Assert.That(reportMdHeaders.Skip(4), Is.EqualTo(headers), "report.md");
        Assert.That(reportMdRow.Skip(4), Is.EqualTo(figures), "report.md");
    }

    [Test]
    public async Task Off_by_default_a_run_records_nothing_new_and_reask_false_is_the_same_run()
    {
        var plain = TestRuns.NewDirectory();
        var off = TestRuns.NewDirectory();
        var on = TestRuns.NewDirectory();
        var planFile = Path.Combine(TestRuns.NewDirectory() + "-plan.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(planFile)!);
        File.WriteAllText(planFile, "reask: false\n");
        Assert.That((await InProcessCli.RunAsync(GameArgs(plain))).ExitCode, Is.Zero);
        Assert.That((await InProcessCli.RunAsync(GameArgs(off, "--plan", planFile))).ExitCode, Is.Zero);
        Assert.That((await InProcessCli.RunAsync(GameArgs(on, "--reask"))).ExitCode, Is.Zero);
        foreach (var file in new[] { "samples.jsonl", "problems.jsonl" })
        {
            Assert.That(File.ReadAllText(Path.Combine(plain, file)), Does.Not.Contain("reask"), file);
            Assert.That(File.ReadAllText(Path.Combine(off, file)), Is.EqualTo(File.ReadAllText(Path.Combine(plain, file))), file);
        }
        var manifest = RunDirectory.Open(plain).ReadManifest();
        Assert.That(File.ReadAllText(Path.Combine(plain, "manifest.json")), Does.Not.Contain("reask"));
        Assert.That(RunDirectory.Open(off).ReadManifest().Fingerprint, Is.EqualTo(manifest.Fingerprint));
        Assert.That(RunDirectory.Open(on).ReadManifest().Fingerprint, Is.Not.EqualTo(manifest.Fingerprint), "re-asking changes the records: another run");
        Assert.That(RunDirectory.Open(on).ReadManifest().Identity!["reask"], Is.EqualTo("true"));
        Assert.That(RunDirectory.Open(plain).ReadSummary().Results.Single().Metrics.Keys.Where(k => k.StartsWith("reask", StringComparison.Ordinal)), Is.Empty);
    }
}
