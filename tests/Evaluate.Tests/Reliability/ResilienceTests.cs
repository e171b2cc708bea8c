using Evaluate.Adapters.OpenAI;
using Evaluate.Core.Models;
using Evaluate.Core.Results;
using Evaluate.Tests.Adapters;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reliability;

public sealed class ResilienceTests
{
    [Test]
    public void Concurrency_halves_on_a_rate_limit_burst_once_and_recovers_slowly()
    {
        var gate = new AdaptiveConcurrency(16);
        var now = DateTimeOffset.UnixEpoch;
        gate.RateLimited(now);
        gate.RateLimited(now.AddMilliseconds(200)); // the same burst
        Assert.That(gate.Limit, Is.EqualTo(8));
        gate.RateLimited(now.AddSeconds(2));
        Assert.That(gate.Limit, Is.EqualTo(4));
        for (var i = 0; i < 4; i++) gate.Answered();
        Assert.That(gate.Limit, Is.EqualTo(4), "each answer adds 1/limit: slow recovery");
        gate.Answered();
        Assert.That(gate.Limit, Is.EqualTo(5), "about a limit's worth of answers raise it by one");
        for (var i = 0; i < 1000; i++) gate.Answered();
        Assert.That(gate.Limit, Is.EqualTo(16), "never above the maximum");
    }

    [Test]
    public async Task Requests_wait_while_the_limit_is_reached()
    {
        var gate = new AdaptiveConcurrency(2);
        var first = await gate.EnterAsync(CancellationToken.None);
        var second = await gate.EnterAsync(CancellationToken.None);
        var third = gate.EnterAsync(CancellationToken.None);
        await Task.Delay(50);
        Assert.That(third.IsCompleted, Is.False, "a third request waits for a free place");
        first.Dispose();
        using var entered = await third.WaitAsync(TimeSpan.FromSeconds(10));
        using var cancelled = new CancellationTokenSource();
        var late = gate.EnterAsync(cancelled.Token);
        Assert.That(late.IsCompleted, Is.False, "two in flight again: the next one waits");
        cancelled.Cancel();
        Assert.That(async () => await late, Throws.InstanceOf<OperationCanceledException>());
        second.Dispose();
        var fourth = await gate.EnterAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        fourth.Dispose();
    }

    [Test, Category(TestCategories.Http)]
    public async Task A_failing_endpoint_gets_a_rest_and_every_call_still_spends_its_attempts()
    {
        // The circuit opens after 20 failures; the call then waits out each break instead of failing at once
        // ("circuit open" after one real attempt was issue 20's finding), so all 24 of its attempts reach the server.
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => new ScriptedReply(500, """{"error":{"message":"down"}}"""));
        using var model = ClientFactory.Create(server.BaseUrl, maxAttempts: 24, breakDuration: TimeSpan.FromSeconds(0.5));
        var error = Assert.ThrowsAsync<ModelCallException>(() => model.GenerateAsync(ClientFactory.Request(), CancellationToken.None))!;
        Assert.That(error.Message, Does.Contain("HTTP 500").And.Not.Contain("circuit open"));
        Assert.That((error.Attempts, error.Retries), Is.EqualTo((24, 23)));
        Assert.That(server.Requests, Has.Count.EqualTo(24));
    }

    /// <summary>A model that takes a minute to answer (unless cancelled).</summary>
    private sealed class SlowModel : IModelAdapter
    {
        public Evaluate.Core.Components.ComponentDescriptor Descriptor { get; } = Evaluate.Core.Components.ComponentDescriptor.Of("slow", "slow model");
        public bool SupportsContinuation => false;

        public async Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
        {
            await Task.Delay(TimeSpan.FromMinutes(1), cancellationToken);
            return new GenerationResult([new Completion("The answer is 2.", null, "stop", new TokenUsage(1, 1, 0))]);
        }
    }

    [Test]
    public async Task A_problem_past_its_deadline_is_an_error_and_the_run_goes_on()
    {
        var registries = Evaluate.Composition.Registries.CreateDefault();
        registries.Models.Register(new("slow", "answers after a minute unless cancelled", [], (_, _) => new SlowModel()));
        var work = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync(registries, "run", "--model", "slow", "--suite", "probes", "--limit", "3",
            "--problem-timeout", "0.2", "--max-errors", "100%", "--out", work);
        Assert.That(code, Is.EqualTo(4), error);
        var problems = RunDirectory.Open(work).Problems().ToList();
        Assert.That(problems, Has.Count.EqualTo(3));
        Assert.That(problems.Select(p => p.Error), Is.All.Contains("deadline of 0.2 s"));
    }
}
