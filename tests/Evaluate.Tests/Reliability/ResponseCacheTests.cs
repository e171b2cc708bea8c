using Evaluate.Core.Metrics;
using Evaluate.Core.Results;
using Evaluate.Tests.Adapters;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reliability;

[Category(TestCategories.Http)]
public sealed class ResponseCacheTests
{
    private static Task<ScriptedOpenAiServer> SeededServerAsync() =>
        ScriptedOpenAiServer.StartAsync((request, _) => ScriptedReply.Ok(WireResponses.Chat($"Working. The answer is {request.Seed % 7}.")));

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(string baseUrl, string cache, string work) =>
        InProcessCli.RunAsync("run", "--model", "openai", "--base-url", baseUrl, "--model-name", "m", "--suite", "probes", "--limit", "10",
            "--strategy", "greedy", "--strategy", "sample:n=3", "--cache", cache, "--out", work);

    [Test]
    public async Task Re_running_a_finished_plan_with_the_cache_makes_no_call_and_gives_the_same_samples()
    {
        await using var server = await SeededServerAsync();
        var folder = TestRuns.NewDirectory();
        Directory.CreateDirectory(folder);
        var cache = Path.Combine(folder, "cache.sqlite");
        var first = await RunAsync(server.BaseUrl, cache, Path.Combine(folder, "first"));
        Assert.That(first.ExitCode, Is.EqualTo(0), first.Error);
        var calls = server.Requests.Count;
        Assert.That(calls, Is.GreaterThan(0));

        var second = await RunAsync(server.BaseUrl, cache, Path.Combine(folder, "second"));
        Assert.That(second.ExitCode, Is.EqualTo(0), second.Error);
        Assert.That(server.Requests, Has.Count.EqualTo(calls), "every answer came from the cache");
        Assert.That(File.ReadAllBytes(Path.Combine(folder, "second", "samples.jsonl")), Is.EqualTo(File.ReadAllBytes(Path.Combine(folder, "first", "samples.jsonl"))));
        foreach (var cell in RunDirectory.Open(Path.Combine(folder, "second")).ReadSummary().Results)
        {
            var modelCalls = MetricValue.Number(cell.Metrics, "mean_model_calls_per_problem")! * MetricValue.Number(cell.Metrics, "problems")!;
            Assert.That(MetricValue.Number(cell.Metrics, "cache_hits"), Is.EqualTo(modelCalls), "hits counted; calls and budgets as in the first run");
            Assert.That(MetricValue.Number(cell.Metrics, "attempts"), Is.Zero, "no request was sent");
        }
    }

    [Test]
    public async Task Different_seeds_or_sample_counts_never_share_an_entry_and_two_runs_can_share_a_cache_at_once()
    {
        await using var server = await SeededServerAsync();
        var folder = TestRuns.NewDirectory();
        Directory.CreateDirectory(folder);
        var cache = Path.Combine(folder, "cache.sqlite");
        var runs = await Task.WhenAll(
            RunAsync(server.BaseUrl, cache, Path.Combine(folder, "a")),
            RunAsync(server.BaseUrl, cache, Path.Combine(folder, "b")));
        Assert.That(runs.Select(r => r.ExitCode), Is.All.EqualTo(0), string.Join("\n", runs.Select(r => r.Error)));

        var before = server.Requests.Count;
        var other = await InProcessCli.RunAsync("run", "--model", "openai", "--base-url", server.BaseUrl, "--model-name", "m", "--suite", "probes",
            "--limit", "10", "--strategy", "sample:n=3", "--seed", "99", "--cache", cache, "--out", Path.Combine(folder, "c"));
        Assert.That(other.ExitCode, Is.EqualTo(0), other.Error);
        // This server answers one choice per request, so each problem takes three single-choice requests.
        Assert.That(server.Requests.Count - before, Is.EqualTo(30), "another seed is another request");
    }
}
