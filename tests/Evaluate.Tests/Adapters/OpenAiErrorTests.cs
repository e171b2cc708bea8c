using Evaluate.Tests.Support;
using System.Net;
using System.Net.Sockets;
using Evaluate.Core.Models;
using NUnit.Framework;

namespace Evaluate.Tests.Adapters;

[TestFixture]
[Category(TestCategories.Http)]
public sealed class OpenAiErrorTests
{
    private const string Key = "sk-very-secret-test-key";
    private string _keyVariable = "";

    [SetUp]
    public void SetKey()
    {
        _keyVariable = "EVALUATE_TEST_KEY_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(_keyVariable, Key);
    }

    [TearDown]
    public void ClearKey() => Environment.SetEnvironmentVariable(_keyVariable, null);

    private async Task<(ModelCallException Error, int Calls, List<TimeSpan> Delays)> FailAsync(ScriptedReply reply, int maxAttempts = 3)
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => reply);
        var delays = new List<TimeSpan>();
        using var model = ClientFactory.Create(server.BaseUrl, delays, keyVariable: _keyVariable, maxAttempts: maxAttempts);
        var error = Assert.ThrowsAsync<ModelCallException>(() => model.GenerateAsync(ClientFactory.Request(), CancellationToken.None))!;
        return (error, server.Requests.Count, delays);
    }

    [Test]
    public async Task FlatVllmErrorBodySurfacesItsMessage()
    {
        var (error, calls, _) = await FailAsync(new ScriptedReply(400,
            """{"object":"error","message":"This model's maximum context length is 4096 tokens.","type":"BadRequestError","code":400}"""));

        Assert.That(error.Message, Does.Contain("maximum context length is 4096").And.Contain("400"));
        Assert.That((error.StatusCode, error.IsTransient, calls), Is.EqualTo(((int?)400, false, 1)), "a 400 is permanent: exactly one call");
    }

    [Test]
    public async Task NestedErrorBodySurfacesItsMessageWithoutTheEchoedKey()
    {
        var (error, calls, _) = await FailAsync(new ScriptedReply(401,
            $$$"""{"error":{"message":"Incorrect API key provided: {{{Key}}}","type":"invalid_request_error"}}"""));

        Assert.That(error.Message, Does.Contain("Incorrect API key provided"));
        Assert.That(error.ToString(), Does.Not.Contain(Key));
        Assert.That((error.StatusCode, error.IsTransient, calls), Is.EqualTo(((int?)401, false, 1)));
    }

    [TestCase(408, true)]
    [TestCase(409, true)]
    [TestCase(429, true)]
    [TestCase(500, true)]
    [TestCase(503, true)]
    [TestCase(400, false)]
    [TestCase(401, false)]
    [TestCase(403, false)]
    [TestCase(404, false)]
    [TestCase(422, false)]
    public async Task StatusCodesAreClassifiedAndOnlyTransientOnesRetried(int status, bool transient)
    {
        var (error, calls, _) = await FailAsync(new ScriptedReply(status, """{"error":{"message":"nope"}}"""), maxAttempts: 2);

        Assert.That((error.StatusCode, error.IsTransient, calls), Is.EqualTo(((int?)status, transient, transient ? 2 : 1)));
    }

    [Test]
    public async Task WithoutRetryAfterTheBackoffGrowsExponentiallyWithJitter()
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => new ScriptedReply(503, "busy"));
        var delays = new List<TimeSpan>();
        using var model = new Evaluate.Adapters.OpenAI.OpenAiCompatibleModel(new Evaluate.Adapters.OpenAI.OpenAiCompatibleOptions
        {
            BaseUrl = server.BaseUrl,
            ModelName = "m",
            MaxAttempts = 4,
            InitialRetryDelay = TimeSpan.FromSeconds(1),
            MaxRetryDelay = TimeSpan.FromSeconds(5),
            Delay = (wait, _) => { delays.Add(wait); return Task.CompletedTask; },
        });

        Assert.ThrowsAsync<ModelCallException>(() => model.GenerateAsync(ClientFactory.Request(), CancellationToken.None));

        Assert.That(delays, Has.Count.EqualTo(3));
        Assert.That(delays[0].TotalSeconds, Is.InRange(0.5, 1.5));
        Assert.That(delays[1].TotalSeconds, Is.InRange(1.0, 3.0));
        Assert.That(delays[2].TotalSeconds, Is.InRange(2.0, 5.0), "capped at MaxRetryDelay");
    }

    [Test]
    public async Task ALongRetryAfterIsCappedAtTheDefaultTwoMinutesAndADayIsNotWaitedFor()
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((_, i) => i switch
        {
            0 => new ScriptedReply(429, "slow down", RetryAfter: "300"),
            1 => ScriptedReply.Ok(WireResponses.Chat("ok")),
            _ => new ScriptedReply(429, "slow down", RetryAfter: "86400"),
        });
        var delays = new List<TimeSpan>();
        using var model = ClientFactory.Create(server.BaseUrl, delays);

        await model.GenerateAsync(ClientFactory.Request(), CancellationToken.None);
        Assert.That(delays, Is.EqualTo(new[] { TimeSpan.FromMinutes(2) }), "five minutes asked, two waited (max_retry_after's default)");

        var error = Assert.ThrowsAsync<Evaluate.Core.Models.ModelCallException>(() => model.GenerateAsync(ClientFactory.Request(), CancellationToken.None))!;
        Assert.That(delays, Has.Count.EqualTo(1), "a day is not waited for: the call fails at once");
        Assert.That((error.IsTransient, error.Attempts), Is.EqualTo((false, 1)));
    }

    [Test]
    public async Task CallerCancellationIsNotDisguisedAsAModelError()
    {
        // The caller cancels once the server holds the request (not after a timer, which could fire before the request
        // is sent on a loaded machine), while the reply is still 5 s away.
        using var cancellation = new CancellationTokenSource();
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) =>
        {
            cancellation.Cancel();
            return ScriptedReply.Ok(WireResponses.Chat("late")) with { Delay = TimeSpan.FromSeconds(5) };
        });
        using var model = ClientFactory.Create(server.BaseUrl);

        Assert.CatchAsync<OperationCanceledException>(() => model.GenerateAsync(ClientFactory.Request(), cancellation.Token));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task PlainTextErrorBodyIsTheMessage()
    {
        var (error, _, _) = await FailAsync(new ScriptedReply(404, "404 page not found"));

        Assert.That(error.Message, Does.Contain("404 page not found"));
        Assert.That(error.IsTransient, Is.False);
    }

    [Test]
    public async Task TooManyRequestsHonoursRetryAfterSecondsAndThenSucceeds()
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((_, i) => i < 2
            ? new ScriptedReply(429, """{"error":{"message":"rate limited"}}""", RetryAfter: "2")
            : ScriptedReply.Ok(WireResponses.Chat("finally")));
        var delays = new List<TimeSpan>();
        using var model = ClientFactory.Create(server.BaseUrl, delays, maxAttempts: 3);

        var result = await model.GenerateAsync(ClientFactory.Request(), CancellationToken.None);

        Assert.That(result.Completions.Single().Text, Is.EqualTo("finally"));
        Assert.That((result.Calls, result.Attempts, result.Retries), Is.EqualTo((1, 3, 2)), "one answered call after two rate-limited attempts");
        Assert.That(delays, Is.EqualTo(new[] { TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2) }));
    }

    [Test]
    public async Task RetryAfterAsHttpDateIsHonoured()
    {
        var at = DateTimeOffset.UtcNow.AddSeconds(30).ToString("R");
        await using var server = await ScriptedOpenAiServer.StartAsync((_, i) => i == 0
            ? new ScriptedReply(503, "overloaded", RetryAfter: at)
            : ScriptedReply.Ok(WireResponses.Chat("ok")));
        var delays = new List<TimeSpan>();
        using var model = ClientFactory.Create(server.BaseUrl, delays);

        await model.GenerateAsync(ClientFactory.Request(), CancellationToken.None);

        Assert.That(delays.Single(), Is.InRange(TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(31)));
    }

    [Test]
    public async Task TransientErrorsStopAfterMaxAttempts()
    {
        var (error, calls, delays) = await FailAsync(new ScriptedReply(502, "bad gateway"), maxAttempts: 4);

        Assert.That((error.StatusCode, error.IsTransient, calls, delays.Count), Is.EqualTo(((int?)502, true, 4, 3)));
    }

    [Test]
    public async Task ASlowServerTimesOutAsATransientError()
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => ScriptedReply.Ok(WireResponses.Chat("late")) with { Delay = TimeSpan.FromSeconds(60) });
        // Long enough for a loaded machine to deliver the request, far shorter than the server's delay.
        using var model = ClientFactory.Create(server.BaseUrl, maxAttempts: 2, attemptTimeout: TimeSpan.FromSeconds(2));

        var error = Assert.ThrowsAsync<ModelCallException>(() => model.GenerateAsync(ClientFactory.Request(), CancellationToken.None))!;

        Assert.That(error.IsTransient, Is.True);
        Assert.That(error.Message, Does.Contain("did not answer"));
        Assert.That(server.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public void AServerThatNeverAnsweredFailsAtOnceAsPermanentForTheRun()
    {
        // A wrong URL or a dead endpoint: retrying for minutes per problem would only hide it.
        var delays = new List<TimeSpan>();
        using var model = ClientFactory.Create($"http://127.0.0.1:{FreePorts.Next()}/v1", delays, maxAttempts: 3);

        var error = Assert.ThrowsAsync<ModelCallException>(() => model.GenerateAsync(ClientFactory.Request(), CancellationToken.None))!;

        Assert.That((error.IsTransient, error.IsPermanentForRun, error.Attempts), Is.EqualTo((false, true, 1)));
        Assert.That(error.Message, Does.Contain("could not be reached"));
        Assert.That(delays, Is.Empty);
    }

    [Test]
    public async Task ConnectionRefusedAfterTheServerHasAnsweredIsTransientAndRetried()
    {
        // A server that answered before and now refuses is restarting: worth retrying.
        var delays = new List<TimeSpan>();
        var server = await ScriptedOpenAiServer.StartAsync((_, _) => ScriptedReply.Ok(WireResponses.Chat("42")));
        using var model = ClientFactory.Create(server.BaseUrl, delays, maxAttempts: 2);
        await model.GenerateAsync(ClientFactory.Request(), CancellationToken.None);
        await server.DisposeAsync();

        var error = Assert.ThrowsAsync<ModelCallException>(() => model.GenerateAsync(ClientFactory.Request(), CancellationToken.None))!;

        Assert.That((error.IsTransient, error.IsPermanentForRun, error.Attempts, error.Retries), Is.EqualTo((true, false, 2, 1)));
        Assert.That(delays, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task SuccessStatusWithABodyThatIsNotJsonIsRetriedAsATransientFault()
    {
        // A 200 whose body is cut off or garbled lost its answer on the way: the samples are worth another attempt.
        var (error, calls, _) = await FailAsync(new ScriptedReply(200, "{\"choices\": [{\"message\": {\"content\": \"4"));

        Assert.That(error.IsTransient, Is.True);
        Assert.That(error.Message, Does.Contain("not JSON"));
        Assert.That((calls, error.Attempts, error.Retries), Is.EqualTo((3, 3, 2)));
    }
}
