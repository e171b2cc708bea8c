using System.Text.Json;
using Evaluate.Adapters.OpenAI;
using Evaluate.Adapters.OpenAI.Endpoints;
using Evaluate.Adapters.Serving;
using Evaluate.Adapters.Simulated;
using Evaluate.Core.Models;
using Evaluate.Core.Results;
using Evaluate.Core.Suites;
using Evaluate.Suites.Game24;
using Evaluate.Suites.Probes;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Scale;

/// <summary>
/// --base-url given twice spreads calls over both replicas (least outstanding requests), survives one of them stopping
/// mid-run without losing a sample, takes a recovered replica back, and gives the records of a single-endpoint run.
/// </summary>
[Category(TestCategories.Http)]
public sealed class MultiEndpointTests
{
    private static readonly string[] Plan =
    [
        "run", "--model", "openai:attempts=3,timeout=10,retry_delay=0.02", "--model-name", "sim", "--suite", "game24", "--suite", "probes",
        "--strategy", "greedy", "--strategy", "sample:n=4", "--limit", "16", "--seed", "11", "--concurrency", "6",
    ];

    private static CountingModel Served(TimeSpan? latency = null)
    {
        var game24 = new Game24Suite(null);
        var probes = new ProbesSuite();
        var known = game24.Load(new ProblemSelection { Limit = 16 }).Select(p => new KnownProblem("game24", p))
            .Concat(probes.Load(new ProblemSelection { Limit = 16 }).Select(p => new KnownProblem("probes", p)));
        return new CountingModel(new SimulatedReasoner(new SimulatedReasonerOptions(), new KnownProblems(known)), latency);
    }

    private static async Task<string> RunAsync(params string[] urls)
    {
        var work = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync([.. Plan, .. urls.SelectMany(u => new[] { "--base-url", u }), "--out", work]);
        Assert.That(code, Is.EqualTo(0), error);
        return work;
    }

    private static async Task<string> SingleEndpointReferenceAsync()
    {
        await using var server = new OpenAiCompatibleServer();
        return await RunAsync(await server.StartAsync(Served(), servedModelName: "sim"));
    }

    private static void AssertSameRecords(string expected, string actual)
    {
        Assert.That(File.ReadAllBytes(Path.Combine(actual, "samples.jsonl")), Is.EqualTo(File.ReadAllBytes(Path.Combine(expected, "samples.jsonl"))), "samples.jsonl");
        var a = RunDirectory.Open(expected).Problems().ToList();
        var b = RunDirectory.Open(actual).Problems().ToList();
        Assert.That(b.Select(p => (p.ProblemId, p.Score, p.ModelCalls, p.CompletionTokens, p.Error)), Is.EqualTo(a.Select(p => (p.ProblemId, p.Score, p.ModelCalls, p.CompletionTokens, p.Error))));
        // Every metric but the network's own (attempts and retries show the failover, as they show faults).
        static IEnumerable<string> Metrics(string run) => RunDirectory.Open(run).ReadSummary().Results
            .Select(r => JsonSerializer.Serialize(r.Metrics.Where(m => m.Key is not ("attempts" or "retries")).ToList()));
        Assert.That(Metrics(actual), Is.EqualTo(Metrics(expected)), "the same metrics");
    }

    private static JsonElement[] EndpointsInRunInfo(string run) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "run.json"))).RootElement.GetProperty("endpoints").EnumerateArray().ToArray();

    [Test]
    public async Task Calls_spread_over_two_replicas_and_the_records_equal_a_single_endpoint_run()
    {
        var reference = await SingleEndpointReferenceAsync();
        await using var replicas = await TwoReplicas.StartAsync(() => Served(TimeSpan.FromMilliseconds(5)));
        var (a, b) = (replicas.First, replicas.Second);
        var run = await RunAsync(replicas.Urls);

        Assert.That(a.Calls, Is.GreaterThan(0), "the first replica answered");
        Assert.That(b.Calls, Is.GreaterThan(0), "the second replica answered");
        AssertSameRecords(reference, run);
        var endpoints = EndpointsInRunInfo(run);
        Assert.That(endpoints.Select(e => e.GetProperty("calls").GetInt32()), Is.EqualTo(new[] { a.Calls, b.Calls }), "run.json counts each endpoint's calls");
        Assert.That(endpoints.Sum(e => e.GetProperty("errors").GetInt32()), Is.Zero);
        var manifest = RunDirectory.Open(run).ReadManifest();
        Assert.That(Evaluate.Adapters.OpenAI.OpenAiPlanKeys.BaseUrls.Get(manifest.Plan), Has.Count.EqualTo(2), "the deployment is recorded");
        Assert.That(manifest.Cells[0].Model.Parameters.Values, Has.None.Contains("127.0.0.1"), "the model's identity holds no URL");
        Assert.That(manifest.Fingerprint, Is.EqualTo(RunDirectory.Open(reference).ReadManifest().Fingerprint), "the same run as on one endpoint");
    }

    [Test]
    public async Task A_replica_stopped_mid_run_loses_no_sample()
    {
        var reference = await SingleEndpointReferenceAsync();
        await using var replicas = await TwoReplicas.StartAsync(() => Served(TimeSpan.FromMilliseconds(5)));
        var (a, b) = (replicas.First, replicas.Second);
        var run = RunAsync(replicas.Urls);
        while (b.Calls < 10 && !run.IsCompleted) await Task.Delay(5);
        Assert.That(run.IsCompleted, Is.False, "the replica is stopped while the run is going");
        await replicas.SecondServer.StopAsync();
        var stoppedAt = b.Calls;
        var directory = await run;

        Assert.That(a.Calls, Is.GreaterThan(0));
        Assert.That(b.Calls, Is.EqualTo(stoppedAt), "nothing reached the stopped replica");
        AssertSameRecords(reference, directory);
        Assert.That(EndpointsInRunInfo(directory)[1].GetProperty("errors").GetInt32(), Is.GreaterThan(0), "the stopped replica's failures are counted");
    }

    [Test]
    public async Task A_failing_endpoint_leaves_the_rotation_and_comes_back_when_it_answers_again()
    {
        var (a, b) = (Served(TimeSpan.FromMilliseconds(20)), Served(TimeSpan.FromMilliseconds(20)));
        await using var first = new OpenAiCompatibleServer();
        var second = new OpenAiCompatibleServer();
        var firstUrl = await first.StartAsync(a, servedModelName: "sim");
        var secondUrl = await second.StartAsync(b, servedModelName: "sim");
        var port = new Uri(secondUrl).Port;
        await second.StopAsync();
        OpenAiCompatibleOptions Options(string url) => new() { BaseUrl = url, ModelName = "sim", ApiKeyEnvironmentVariable = "" };
        using var model = new MultiEndpointModel([Options(firstUrl), Options(secondUrl)], attempts: 3, firstBackOff: TimeSpan.FromMilliseconds(50));
        var request = new GenerationRequest { Messages = [ChatMessage.User("What is 1 + 1?")], Seed = 3, MaxTokens = 64 };

        async Task Burst() => await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => model.GenerateAsync(request, CancellationToken.None)));
        await Burst();
        Assert.That(model.Endpoints[1].Errors, Is.GreaterThan(0), "the stopped endpoint failed");
        Assert.That(a.Calls, Is.EqualTo(8), "every request was answered by the endpoint that is up");

        await using var restarted = new OpenAiCompatibleServer();
        await restarted.StartAsync(b, port: port, servedModelName: "sim");
        await Task.Delay(TimeSpan.FromSeconds(1)); // past its back-off
        await Burst();
        await Burst();
        Assert.That(b.Calls, Is.GreaterThan(0), "the recovered endpoint is back in rotation");
        Assert.That(a.Calls + b.Calls, Is.EqualTo(24));
    }
}

/// <summary>A plan names several replicas with <c>base_urls:</c>; credentials in them never reach a result file.</summary>
public sealed class BaseUrlsPlanTests
{
    [Test]
    public async Task Base_urls_in_a_plan_spread_the_run_and_are_recorded_without_credentials()
    {
        await using var replicas = await TwoReplicas.StartAsync(() => new CountingModel(new SimulatedReasoner(new SimulatedReasonerOptions(), KnownGame24()), TimeSpan.FromMilliseconds(5)));
        var (a, b, urls) = (replicas.First, replicas.Second, replicas.Urls);
        var work = TestRuns.NewDirectory();
        Directory.CreateDirectory(work);
        var plan = Path.Combine(work, "plan.yaml");
        File.WriteAllText(plan, $"""
            name: replicas
            models: ["openai:retry_delay=0.02"]
            model_name: sim
            suites: [game24]
            strategies: ["sample:n=4"]
            limit: 8
            concurrency: 6
            base_urls:
              - {urls[0].Replace("http://", "http://user:secret@", StringComparison.Ordinal)}
              - {urls[1]}
            """);
        var (code, _, error) = await InProcessCli.RunAsync("run", "--plan", plan, "--out", Path.Combine(work, "out"));
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(a.Calls, Is.GreaterThan(0));
        Assert.That(b.Calls, Is.GreaterThan(0));
        var files = Directory.GetFiles(Path.Combine(work, "out")).Select(File.ReadAllText).ToList();
        Assert.That(files, Has.None.Contains("secret"), "credentials are stripped from every result file");
        Assert.That(Evaluate.Adapters.OpenAI.OpenAiPlanKeys.BaseUrls.Get(RunDirectory.Open(Path.Combine(work, "out")).ReadManifest().Plan), Has.Count.EqualTo(2));
    }

    private static KnownProblems KnownGame24() =>
        new(new Game24Suite(null).Load(new ProblemSelection { Limit = 8 }).Select(p => new KnownProblem("game24", p)));
}
