using System.Text.Json;
using Evaluate.Core.Running;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Cli;

public sealed class CliTests
{
    private static string Plan(string name) => Path.Combine(SharedDatasets.RepositoryRoot, "evals", name);

    [Test, Category(TestCategories.Process)]
    public async Task Main_job_runs_game24_with_no_data_directory()
    {
        var work = TestRuns.NewDirectory();
        var (code, output, error) = await CliProcess.RunAsync(work, "run", "--plan", Plan("default.yaml"), "--out", "out");
        Assert.That(code, Is.EqualTo(0), error);
        foreach (var file in new[] { "summary.json", "summary.csv", "samples.jsonl", "problems.jsonl" })
            Assert.That(File.Exists(Path.Combine(work, "out", file)), Is.True, file);
        Assert.That(output, Does.Contain("skipping suite 'gsm8k'"));
        Assert.That(output, Does.Contain("accuracy ± SE (95% CI)").And.Contain("outcome eff.").And.Contain("rounds"));
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(work, "out", "summary.json")));
        var results = summary.RootElement.GetProperty("results");
        Assert.That(results.GetArrayLength(), Is.EqualTo(4)); // game24 and probes × greedy and sample
        Assert.That(summary.RootElement.GetProperty("manifest").GetProperty("plan").GetProperty("skip_missing_suites").GetBoolean(), Is.True);
        var game24 = results.EnumerateArray().First(r => r.GetProperty("suite").GetString() == "game24");
        Assert.That(game24.GetProperty("metrics").GetProperty("problems").GetInt32(), Is.EqualTo(100));
        Assert.That(game24.GetProperty("simulated").GetBoolean(), Is.True);
        Assert.That(game24.GetProperty("model_label").GetString(), Does.Contain("simulated"));
        var firstSample = File.ReadLines(Path.Combine(work, "out", "samples.jsonl")).First();
        Assert.That(firstSample, Does.Contain("\"simulated\":true"));
        Assert.That(summary.RootElement.GetProperty("manifest").GetProperty("cells")[0].GetProperty("model").GetProperty("simulated").GetBoolean(), Is.True);
    }

    [Test]
    public async Task Same_plan_twice_gives_identical_samples_and_summary()
    {
        var work = TestRuns.NewDirectory();
        string[] args = ["run", "--suite", "game24", "--strategy", "greedy", "--strategy", "sample", "--n", "4", "--limit", "25", "--seed", "99"];
        var first = await InProcessCli.RunAsync([.. args, "--out", Path.Combine(work, "a")]);
        var second = await InProcessCli.RunAsync([.. args, "--out", Path.Combine(work, "b")]);
        Assert.That((first.ExitCode, second.ExitCode), Is.EqualTo((0, 0)), first.Error + second.Error);
        foreach (var file in new[] { "samples.jsonl", "summary.json", "summary.csv" })
            Assert.That(File.ReadAllBytes(Path.Combine(work, "b", file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(work, "a", file))), file);
    }

    [Test]
    public async Task Suites_reports_the_problem_counts_of_the_shared_datasets()
    {
        var data = SharedDatasets.Require();
        var (code, output, error) = await InProcessCli.RunAsync("suites", "--data", data.Path);
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.Match(@"game24\s+1362"));
        Assert.That(output, Does.Match(@"gsm8k\s+1319"));
        Assert.That(output, Does.Match(@"math500\s+500"));
        Assert.That(output, Does.Match(@"omni-math\s+2821"));
    }

    [Test]
    public async Task Malformed_dataset_exits_2_naming_file_line_and_field()
    {
        var data = TemporaryData.With("gsm8k/test.jsonl", "{\"question\": \"q\", \"answer\": \"#### 1\"}\n{\"answer\": \"#### 2\"}\n");
        var (code, _, error) = await InProcessCli.RunAsync("run", "--suite", "gsm8k", "--data", data.Path, "--out", TestRuns.NewDirectory());
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("gsm8k/test.jsonl:2").And.Contain("'question'"));
    }

    [TestCase("run", "--suite", "gsm9k")]
    [TestCase("run", "--strategy", "beem")]
    [TestCase("run", "--model", "simm")]
    [TestCase("run", "--n", "many")]
    [TestCase("frobnicate")]
    public async Task Bad_usage_exits_2(params string[] args)
    {
        var (code, _, error) = await InProcessCli.RunAsync([.. args, .. args[0] == "run" ? new[] { "--out", TestRuns.NewDirectory() } : []]);
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain("error"));
    }

    [Test]
    public async Task Strategies_that_cannot_run_are_skipped_with_a_note_or_refused_when_nothing_can_run()
    {
        var work = TestRuns.NewDirectory();
        var mixed = await InProcessCli.RunAsync("run", "--suite", "game24", "--suite", "probes", "--strategy", "tot-bfs:breadth=1", "--limit", "2", "--out", Path.Combine(work, "mixed"));
        Assert.That(mixed.ExitCode, Is.EqualTo(0), mixed.Error);
        Assert.That(mixed.Output, Does.Contain("skipping tot-bfs on probes"));
        var noReward = await InProcessCli.RunAsync("run", "--suite", "game24", "--strategy", "best-of-n", "--limit", "2", "--out", Path.Combine(work, "none"));
        Assert.That(noReward.ExitCode, Is.EqualTo(2));
        Assert.That(noReward.Error, Does.Contain("--reward"));
    }

    [Test]
    public async Task Every_verb_has_help()
    {
        foreach (var verb in new[] { "run", "suites", "models", "strategies", "rewards", "serve", "grade", "datasets", "replay" })
        {
            var (code, output, _) = await InProcessCli.RunAsync(verb, "--help");
            Assert.That(code, Is.EqualTo(0), verb);
            Assert.That(output, Does.Contain("Usage:"), verb);
        }
    }

    [Test, Category(TestCategories.Process), Category(TestCategories.Http)]
    public async Task Openai_adapter_against_serve_sim_matches_in_process_sim_sample_for_sample()
    {
        var work = TestRuns.NewDirectory();
        using var server = CliProcess.Start(work, "serve", "--model", "sim", "--port", "0");
        try
        {
            var banner = await server.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            var url = banner!.Split(" at ")[^1].Trim();
            Assert.That(url, Does.StartWith("http://127.0.0.1:"));
            string[] common = ["run", "--suite", "game24", "--strategy", "greedy", "--strategy", "sample", "--n", "4", "--limit", "20", "--seed", "5"];
            var viaHttp = await CliProcess.RunAsync(work, [.. common, "--model", "openai", "--base-url", url, "--model-name", "sim", "--out", "http"]);
            var inProcess = await CliProcess.RunAsync(work, [.. common, "--model", "sim", "--out", "local"]);
            Assert.That((viaHttp.ExitCode, inProcess.ExitCode), Is.EqualTo((0, 0)), viaHttp.Error + inProcess.Error);
            var remote = ResultFiles.ReadLines<SampleRecord>(Path.Combine(work, "http", "samples.jsonl")).ToList();
            var local = ResultFiles.ReadLines<SampleRecord>(Path.Combine(work, "local", "samples.jsonl")).ToList();
            Assert.That(remote, Has.Count.EqualTo(20 + 20 * 4));
            Assert.That(remote.Select(s => (s.ProblemId, s.SampleIndex, s.Extracted, s.Correct)),
                Is.EqualTo(local.Select(s => (s.ProblemId, s.SampleIndex, s.Extracted, s.Correct))));
            Assert.That(remote.Select(s => s.Response), Is.EqualTo(local.Select(s => s.Response)));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
        }
    }
}
