using System.Collections.Concurrent;
using System.Text;
using Evaluate.Adapters.OpenAI;
using Evaluate.Adapters.Serving;
using Evaluate.Adapters.Simulated;
using Evaluate.Core.Models;
using Evaluate.Core.Results;
using Evaluate.Core.Suites;
using Evaluate.Suites.Probes;
using Evaluate.Tests.Adapters;
using Evaluate.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Evaluate.Tests.Reliability;

/// <summary>
/// Calls under pressure (issue 20): a server refusing n &gt; 1 with a bare error at any concurrency, rate limits on half
/// the requests, an open circuit, a Retry-After of an hour, a server that falls silent. Every outcome is counted, never
/// timed: the idle timeout and the caps are what end the silent and the slow cases.
/// </summary>
[Category(TestCategories.Http)]
public sealed class CallsUnderPressureTests
{
    private static SimulatedReasoner Sim()
    {
        var probes = new ProbesSuite();
        var known = probes.Load(new ProblemSelection { Limit = 16 }).Select(p => new KnownProblem("probes", p));
        return new SimulatedReasoner(new SimulatedReasonerOptions(), new KnownProblems(known));
    }

    [TestCase(8)]
    [TestCase(1)]
    public async Task A_bare_500_to_several_choices_falls_back_once_at_any_concurrency(int concurrency)
    {
        // serve --faults n500=1: every request for several choices gets a 500 naming nothing. At concurrency 8 the
        // requests in flight used to retry together, trip the circuit breaker and stop the run (exit 3).
        var faults = FaultPlan.Parse("n500=1");
        await using var server = new OpenAiCompatibleServer();
        var url = await server.StartAsync(Sim(), faults: faults);
        var work = TestRuns.NewDirectory();

        var (code, output, error) = await InProcessCli.RunAsync("run", "--model", "openai:attempts=5,retry_delay=0.01", "--base-url", url, "--model-name", "sim",
            "--suite", "probes", "--strategy", "sample:n=4", "--limit", "16", "--concurrency", concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", work);

        Assert.That(code, Is.Zero, output + error);
        var problems = RunDirectory.Open(work).Problems().ToList();
        Assert.That(problems, Has.Count.EqualTo(16));
        Assert.That(problems.Select(p => (p.Samples, p.ModelCalls, p.Error)), Is.All.EqualTo((4, 4, (string?)null)), "four single-choice calls per problem");
        // One call decides (its five attempts); the others in flight meanwhile fail once each and wait for the decision.
        Assert.That(faults.Injected[FaultKind.ChoicesServerError], Is.InRange(5, 4 + concurrency));
        Assert.That(problems.Sum(p => p.Attempts), Is.EqualTo(problems.Sum(p => p.ModelCalls) + faults.Injected[FaultKind.ChoicesServerError]));
    }

    [Test]
    public async Task Concurrent_calls_to_a_server_refusing_several_choices_with_a_bare_400_share_one_check()
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((r, _) =>
        {
            if (r.N > 1) return new ScriptedReply(400, """{"error":{"message":"unsupported parameter combination"}}""");
            return ScriptedReply.Ok(WireResponses.Chat($"seed {r.Seed}"));
        });
        using var model = ClientFactory.Create(server.BaseUrl);

        var calls = Enumerable.Range(0, 8).Select(i => model.GenerateAsync(ClientFactory.Request(n: 3, seed: 100 * i), CancellationToken.None)).ToList();
        var results = await Task.WhenAll(calls);

        for (var i = 0; i < 8; i++)
            Assert.That(results[i].Completions.Select(c => c.Text), Is.EqualTo(new[] { $"seed {100 * i}", $"seed {100 * i + 1}", $"seed {100 * i + 2}" }));
        Assert.That(server.Requests.Count(r => r.N == 1), Is.EqualTo(24), "every sample asked for once: no extra check requests");
        Assert.That(model.UsesSingleChoiceCalls, Is.True);
    }

    /// <summary>A proxy to a served sim that answers 429 (Retry-After: 0) to the first sending of every request body.</summary>
    private static async Task<(ScriptedOpenAiServer Proxy, OpenAiCompatibleServer Upstream, HttpClient Client)> RateLimitEveryFirstSendingAsync()
    {
        var upstream = new OpenAiCompatibleServer();
        var upstreamUrl = await upstream.StartAsync(Sim());
        var client = new HttpClient();
        var seen = new ConcurrentDictionary<string, int>();
        var proxy = await ScriptedOpenAiServer.StartAsync((r, _) =>
        {
            var body = r.Body.ToJsonString();
            if (seen.AddOrUpdate(body, 1, (_, n) => n + 1) == 1)
                return new ScriptedReply(429, """{"error":{"message":"slow down","code":"rate_limit_exceeded"}}""", RetryAfter: "0");
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var answer = client.PostAsync(upstreamUrl + "/chat/completions", content).GetAwaiter().GetResult();
            return new ScriptedReply((int)answer.StatusCode, answer.Content.ReadAsStringAsync().GetAwaiter().GetResult());
        });
        return (proxy, upstream, client);
    }

    [Test]
    public async Task Rate_limits_on_half_the_requests_are_retried_and_no_problem_errors()
    {
        var (proxy, upstream, client) = await RateLimitEveryFirstSendingAsync();
        await using var _ = proxy;
        await using var __ = upstream;
        using var ___ = client;
        var work = TestRuns.NewDirectory();

        var (code, output, error) = await InProcessCli.RunAsync("run", "--model", "openai:attempts=3,retry_delay=0.01", "--base-url", proxy.BaseUrl, "--model-name", "sim",
            "--suite", "probes", "--strategy", "greedy", "--limit", "16", "--concurrency", "8", "--out", work);

        Assert.That(code, Is.Zero, output + error);
        var problems = RunDirectory.Open(work).Problems().ToList();
        Assert.That(problems.Select(p => p.Error), Is.All.Null);
        Assert.That(proxy.Requests.Count, Is.EqualTo(2 * problems.Sum(p => p.ModelCalls)), "half the requests were rate limited");
        Assert.That(problems.Select(p => (p.Attempts, p.Retries)), Is.All.EqualTo((2, 1)), "each call: one 429, then its retry answered");
    }

    [Test]
    public async Task An_open_circuit_is_waited_out_and_never_ends_a_call_before_its_attempts_are_spent()
    {
        // The first 20 requests are held until all 20 have arrived, then fail together: the breaker opens with 20
        // calls each having spent one attempt of three, and answers everything after that.
        var arrived = 0;
        var allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var requests = 0;
        await using var server = await LoopbackHost.StartAsync(app => app.Run(async context =>
        {
            var body = System.Text.Json.Nodes.JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync())!;
            Interlocked.Increment(ref requests);
            context.Response.ContentType = "application/json";
            if (Interlocked.Increment(ref arrived) <= 20)
            {
                if (Volatile.Read(ref arrived) >= 20) allArrived.TrySetResult();
                await allArrived.Task;
                context.Response.StatusCode = 500;
                await context.Response.WriteAsync("""{"error":{"message":"warming up"}}""");
                return;
            }
            await context.Response.WriteAsync(WireResponses.Chat($"seed {body["seed"]}").ToJsonString());
        }));
        using var model = new OpenAiCompatibleModel(Options(server.Address + "/v1", maxAttempts: 3));

        var calls = Enumerable.Range(0, 20).Select(i => model.GenerateAsync(ClientFactory.Request(seed: i), CancellationToken.None)).ToList();
        var results = await Task.WhenAll(calls);

        Assert.That(results.Select(r => r.Completions[0].Text), Is.EqualTo(Enumerable.Range(0, 20).Select(i => $"seed {i}")));
        Assert.That(results.Select(r => (r.Calls, r.Attempts, r.Retries)), Is.All.EqualTo((1, 2, 1)), "the rest spends no attempt: one failure, one answered retry");
        Assert.That(requests, Is.EqualTo(40));
    }

    private static OpenAiCompatibleOptions Options(string baseUrl, int maxAttempts, List<TimeSpan>? delays = null) => new()
    {
        BaseUrl = baseUrl,
        ModelName = "test-model",
        ApiKeyEnvironmentVariable = "EVALUATE_TEST_NO_SUCH_KEY",
        MaxAttempts = maxAttempts,
        InitialRetryDelay = TimeSpan.FromMilliseconds(1),
        MaxRetryAfter = TimeSpan.FromSeconds(1),
        IdleTimeout = TimeSpan.FromSeconds(1),
        BreakDuration = TimeSpan.FromSeconds(0.5),
        Delay = (wait, _) =>
        {
            lock (delays ?? []) delays?.Add(wait);
            return Task.CompletedTask;
        },
    };

    [Test]
    public async Task A_retry_after_beyond_the_cap_is_waited_as_the_cap()
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((_, i) => i == 0
            ? new ScriptedReply(429, """{"error":{"message":"slow down"}}""", RetryAfter: "3")
            : ScriptedReply.Ok(WireResponses.Chat("fine")));
        var delays = new List<TimeSpan>();
        using var model = new OpenAiCompatibleModel(Options(server.BaseUrl, maxAttempts: 3, delays));

        var result = await model.GenerateAsync(ClientFactory.Request(), CancellationToken.None);

        Assert.That(result.Completions[0].Text, Is.EqualTo("fine"));
        Assert.That(delays, Is.EqualTo(new[] { TimeSpan.FromSeconds(1) }), "Retry-After: 3 waited as max_retry_after=1");
    }

    [Test]
    public async Task A_retry_after_far_beyond_the_cap_fails_the_call_at_once_counted()
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => new ScriptedReply(429, """{"error":{"message":"come back tomorrow"}}""", RetryAfter: "3600"));
        var delays = new List<TimeSpan>();
        using var model = new OpenAiCompatibleModel(Options(server.BaseUrl, maxAttempts: 5, delays));

        var error = Assert.ThrowsAsync<ModelCallException>(() => model.GenerateAsync(ClientFactory.Request(), CancellationToken.None))!;

        Assert.That(delays, Is.Empty, "an hour is not waited for, not even capped");
        Assert.That((error.StatusCode, error.IsTransient, error.Attempts, error.Retries), Is.EqualTo(((int?)429, false, 1, 0)));
        Assert.That(error.Message, Does.Contain("3600 s").And.Contain("max_retry_after=1 s"));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    /// <summary>A server that accepts the request, sends the headers and the start of a body, then says nothing more.</summary>
    private static Task<LoopbackHost> FallsSilentAsync(ConcurrentBag<int> requests) => LoopbackHost.StartAsync(app => app.Run(async context =>
    {
        requests.Add(1);
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync("{\"id\":", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        try { await Task.Delay(Timeout.Infinite, context.RequestAborted); }
        catch (OperationCanceledException) { }
    }));

    [Test]
    public async Task A_body_that_stops_arriving_ends_each_attempt_at_the_idle_timeout()
    {
        var requests = new ConcurrentBag<int>();
        await using var server = await FallsSilentAsync(requests);
        using var model = new OpenAiCompatibleModel(Options(server.Address + "/v1", maxAttempts: 2) with { AttemptTimeout = TimeSpan.FromHours(1) });

        var error = Assert.ThrowsAsync<ModelCallException>(() => model.GenerateAsync(ClientFactory.Request(), CancellationToken.None))!;

        Assert.That(error.Message, Does.Contain("idle timeout"));
        Assert.That((error.IsTransient, error.Attempts, error.Retries), Is.EqualTo((true, 2, 1)));
        Assert.That(requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_run_against_a_server_that_never_answers_ends_with_errored_problems_naming_the_idle_timeout()
    {
        var requests = new ConcurrentBag<int>();
        await using var silent = await LoopbackHost.StartAsync(app => app.Run(async context =>
        {
            requests.Add(1);
            try { await Task.Delay(Timeout.Infinite, context.RequestAborted); }
            catch (OperationCanceledException) { }
        }));
        var work = TestRuns.NewDirectory();

        var (code, output, error) = await InProcessCli.RunAsync("run", "--model", "openai:stream=true,idle_timeout=0.5,attempts=2,retry_delay=0.01",
            "--base-url", silent.Address + "/v1", "--model-name", "x", "--suite", "probes", "--limit", "2", "--max-errors", "100%", "--out", work);

        Assert.That(code, Is.EqualTo(4), output + error);
        var problems = RunDirectory.Open(work).Problems().ToList();
        Assert.That(problems, Has.Count.EqualTo(2));
        Assert.That(problems.Select(p => p.Error), Is.All.Contain("idle timeout"));
        Assert.That(problems.Select(p => p.Attempts), Is.All.EqualTo(2));
        Assert.That(requests, Has.Count.EqualTo(4));
    }
}
