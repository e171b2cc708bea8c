using System.Text.Json;
using Evaluate.Core;
using Evaluate.Core.Metrics;
using Evaluate.Core.Results;
using Evaluate.Core.Running;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Foundations;

/// <summary>A run read back through <see cref="RunDirectory"/> summarises to the bytes the run wrote, in any record order.</summary>
public sealed class RunDirectoryTests
{
    private static async Task<string> RunAsync(params string[] extra)
    {
        var work = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync(["run", "--suite", "game24", "--suite", "probes", "--strategy", "greedy",
            "--strategy", "sample:n=6", "--strategy", "adaptive:first=2,n=6", "--limit", "15", "--out", work, .. extra]);
        Assert.That(code, Is.EqualTo(0), error);
        return work;
    }

    private static string Serialize(RunSummary summary) => JsonSerializer.Serialize(summary, ResultJson.Indented) + "\n";

    [Test]
    public async Task Read_back_and_summarised_again_gives_the_summary_json_byte_for_byte()
    {
        var work = await RunAsync();
        var run = RunDirectory.Open(work);
        Assert.That(Serialize(run.Summarise()), Is.EqualTo(File.ReadAllText(Path.Combine(work, "summary.json"))));
        Assert.That(Serialize(run.ReadSummary()), Is.EqualTo(File.ReadAllText(Path.Combine(work, "summary.json"))), "and the typed summary reads back to the same bytes");
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public async Task Records_in_a_shuffled_order_summarise_to_the_same_bytes(int seed)
    {
        var work = await RunAsync();
        var expected = File.ReadAllText(Path.Combine(work, "summary.json"));
        var random = new Random(seed);
        foreach (var file in new[] { "samples.jsonl", "problems.jsonl" })
        {
            var path = Path.Combine(work, file);
            File.WriteAllLines(path, File.ReadAllLines(path).OrderBy(_ => random.Next()).ToList());
        }
        Assert.That(Serialize(RunDirectory.Open(work).Summarise()), Is.EqualTo(expected));
    }

    [Test]
    public async Task Every_record_carries_its_problem_index_within_the_cell()
    {
        var work = await RunAsync();
        var run = RunDirectory.Open(work);
        foreach (var cell in run.Problems().GroupBy(p => (p.Model, p.Suite, p.Strategy)))
            Assert.That(cell.Select(p => p.ProblemIndex), Is.EqualTo(Enumerable.Range(0, 15)));
        Assert.That(run.Samples().Where(s => s.SampleIndex == 0).Select(s => s.ProblemIndex).Distinct().Count(), Is.EqualTo(15));
    }

    [Test]
    public async Task A_summary_of_an_unknown_schema_is_refused_naming_the_file()
    {
        var work = await RunAsync();
        var path = Path.Combine(work, "summary.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("evaluate.summary/1", "evaluate.summary/9"));
        File.Delete(Path.Combine(work, "manifest.json"));
        var error = Assert.Throws<UsageException>(() => RunDirectory.Open(work).ReadSummary())!;
        Assert.That(error.Message, Does.Contain("summary.json").And.Contain("evaluate.summary/9"));
    }

    [Test]
    public void A_folder_that_holds_no_run_is_a_usage_error()
    {
        var folder = TestRuns.NewDirectory();
        Directory.CreateDirectory(folder);
        Assert.That(() => RunDirectory.Open(folder), Throws.TypeOf<UsageException>().With.Message.Contains("not a run directory"));
    }

    [Test]
    public async Task Every_metric_a_run_writes_is_in_the_metric_catalog()
    {
        var work = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync("run", "--suite", "game24", "--strategy", "adaptive", "--strategy", "best-of-n:n=4",
            "--reward", "sim", "--limit", "5", "--out", work);
        Assert.That(code, Is.EqualTo(0), error);
        var summary = RunDirectory.Open(work).ReadSummary();
        var names = summary.Results.SelectMany(r => r.Metrics.Keys.Concat(r.PerLevel.Values.SelectMany(l => l.Keys))).Distinct().ToList();
        Assert.That(names, Does.Contain("rm@4").And.Contain("strategy_notes"), "the run covers the reward and note metrics");
        Assert.That(names.Where(n => MetricCatalog.Default.Find(n) is null), Is.Empty);
    }
}
