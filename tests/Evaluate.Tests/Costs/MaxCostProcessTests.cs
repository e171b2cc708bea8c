using Evaluate.Core.Metrics;
using Evaluate.Core.Results;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Costs;

/// <summary>`run --max-cost USD` as a user runs it: exit 3 with the work kept, then `--resume` completes the run.</summary>
[Category(TestCategories.Process)]
public sealed class MaxCostProcessTests
{
    private static readonly string[] Run = ["run", "--suite", "game24", "--model", "sim", "--strategy", "sample:n=2", "--limit", "12", "--concurrency", "1", "--prices", "prices.yaml"];

    [Test]
    public async Task Max_cost_stops_the_run_with_exit_3_and_resume_completes_it_as_an_uninterrupted_run()
    {
        var work = TestRuns.NewDirectory();
        Directory.CreateDirectory(work);
        // A test table: the simulated reasoner at $1 per million prompt tokens and $10 per million completion tokens.
        File.WriteAllText(Path.Combine(work, "prices.yaml"), "sim:\n  input: 1\n  output: 10\n");

        var whole = await CliProcess.RunAsync(work, [.. Run, "--out", "whole"]);
        Assert.That(whole.ExitCode, Is.Zero, whole.Error);
        var wholeRun = RunDirectory.Open(Path.Combine(work, "whole"));
        var total = MetricValue.Number(wholeRun.ReadSummary().Results.Single().Metrics, "cost_usd")!.Value;
        // The cost is the records' tokens at the table's prices, by hand.
        Assert.That(total, Is.EqualTo(wholeRun.Problems().Sum(p => p.PromptTokens * 1.0 + p.CompletionTokens * 10.0) / 1e6).Within(1e-12));

        // A limit of a third of the whole run stops it part-way.
        var limit = (total / 3).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var stopped = await CliProcess.RunAsync(work, [.. Run, "--out", "part", "--max-cost", limit]);
        Assert.That(stopped.ExitCode, Is.EqualTo(3), stopped.Output + stopped.Error);
        Assert.That(stopped.Error, Does.StartWith("error: stopped: ").And.Contain("reaches --max-cost $").And.Contain("--resume goes on from there").And.Not.Contain("   at "));
        var part = RunDirectory.Open(Path.Combine(work, "part"));
        var done = part.Problems().ToList();
        Assert.That(done.Count, Is.InRange(1, 11), "stopped part-way, the work done kept");
        Assert.That(part.ReadSummary().Complete, Is.False);
        var spent = done.Sum(p => p.PromptTokens * 1.0 + p.CompletionTokens * 10.0) / 1e6;
        Assert.That(spent, Is.GreaterThanOrEqualTo(total / 3), "it stops once the spend reaches the limit");
        Assert.That(spent - done[^1].PromptTokens / 1e6 - done[^1].CompletionTokens * 10.0 / 1e6, Is.LessThan(total / 3), "and not before");

        var resumed = await CliProcess.RunAsync(work, [.. Run, "--out", "part", "--resume"]);
        Assert.That(resumed.ExitCode, Is.Zero, resumed.Error);
        foreach (var file in new[] { "summary.json", "problems.jsonl", "samples.jsonl" })
            Assert.That(File.ReadAllBytes(Path.Combine(work, "part", file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(work, "whole", file))), file);
    }

    [Test]
    public async Task Max_cost_without_a_price_for_every_model_is_refused_before_the_run()
    {
        var work = TestRuns.NewDirectory();
        Directory.CreateDirectory(work);
        File.WriteAllText(Path.Combine(work, "prices.yaml"), "other-model:\n  input: 1\n  output: 10\n");
        var (code, _, error) = await CliProcess.RunAsync(work, [.. Run, "--out", "out", "--max-cost", "1"]);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("max_cost (--max-cost) needs a price for every model").And.Contain("prices.yaml"));
        Assert.That(Directory.Exists(Path.Combine(work, "out")), Is.False, "a refused run writes nothing");
        var (noTable, _, noTableError) = await CliProcess.RunAsync(work, "run", "--suite", "game24", "--limit", "2", "--out", "out", "--max-cost", "1");
        Assert.That((noTable, noTableError), Is.EqualTo((2, "error: max_cost (--max-cost) needs a price table: give --prices FILE (see evals/prices.example.yaml)" + Environment.NewLine)));
    }
}
