using Evaluate.Tests.Support;
using NUnit.Framework;

namespace Evaluate.Tests.Adapters;

[TestFixture]
[Category(TestCategories.Http)]
public sealed class OpenAiChoiceFallbackTests
{
    private const string LlamaCppRefusal = """{"error":{"code":500,"message":"Only one completion choice is allowed","type":"server_error"}}""";

    [Test]
    public async Task ServerHonouringNGivesAllChoicesInOneCallWithTheBaseSeed()
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((r, _) => ScriptedReply.Ok(WireResponses.ChatWithChoices(r.N)));
        using var model = ClientFactory.Create(server.BaseUrl);

        var result = await model.GenerateAsync(ClientFactory.Request(n: 4, seed: 1000), CancellationToken.None);

        Assert.That(result.Calls, Is.EqualTo(1));
        Assert.That(result.Completions.Select(c => c.Text), Is.EqualTo(new[] { "answer 0", "answer 1", "answer 2", "answer 3" }));
        Assert.That(server.Requests.Single().N, Is.EqualTo(4));
        Assert.That(server.Requests.Single().Seed, Is.EqualTo(1000));
        Assert.That(model.UsesSingleChoiceCalls, Is.False);
    }

    [Test]
    public async Task LlamaCppRefusalFallsBackToSingleCallsWithConsecutiveSeedsAndIsRemembered()
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((r, _) => r.N > 1
            ? new ScriptedReply(500, LlamaCppRefusal)
            : ScriptedReply.Ok(WireResponses.Chat($"seed {r.Seed}")));
        var delays = new List<TimeSpan>();
        using var model = ClientFactory.Create(server.BaseUrl, delays);

        var result = await model.GenerateAsync(ClientFactory.Request(n: 3, seed: 1000), CancellationToken.None);

        Assert.That(delays, Is.Empty, "a refusal of n is permanent and must not be retried");
        Assert.That((result.Calls, result.Attempts), Is.EqualTo((3, 4)), "three answered single calls; the refused one is an attempt, not a call");
        Assert.That(result.Completions.Select(c => c.Text), Is.EqualTo(new[] { "seed 1000", "seed 1001", "seed 1002" }));
        Assert.That(server.Requests.Skip(1).Select(r => (r.N, r.Seed)), Is.EqualTo(new[] { (1, 1000L), (1, 1001L), (1, 1002L) }));

        var second = await model.GenerateAsync(ClientFactory.Request(n: 2, seed: 7), CancellationToken.None);

        Assert.That((second.Calls, second.Attempts), Is.EqualTo((2, 2)), "the fallback is remembered: no second refused call");
        Assert.That(server.Requests.Skip(4).Select(r => (r.N, r.Seed)), Is.EqualTo(new[] { (1, 7L), (1, 8L) }));
        Assert.That(model.UsesSingleChoiceCalls, Is.True);
    }

    [TestCase(400, """{"object":"error","message":"n must be 1 when using greedy sampling, got 2.","type":"BadRequestError"}""")]
    [TestCase(400, """{"error":{"message":"'n' is not supported with this model."}}""")]
    [TestCase(500, "Only one completion choice is allowed")]
    public async Task OtherWordingsOfTheRefusalAlsoFallBack(int status, string body)
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((r, _) => r.N > 1
            ? new ScriptedReply(status, body)
            : ScriptedReply.Ok(WireResponses.Chat($"seed {r.Seed}")));
        using var model = ClientFactory.Create(server.BaseUrl);

        var result = await model.GenerateAsync(ClientFactory.Request(n: 2, seed: 5), CancellationToken.None);

        Assert.That(result.Completions.Select(c => c.Text), Is.EqualTo(new[] { "seed 5", "seed 6" }));
        Assert.That((result.Calls, result.Attempts, result.Retries), Is.EqualTo((2, 3, 0)));
    }

    [Test]
    public async Task ARefusalWordingForASingleChoiceRequestIsAnOrdinaryError()
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => new ScriptedReply(400, """{"error":{"message":"choices exhausted"}}"""));
        using var model = ClientFactory.Create(server.BaseUrl);

        var error = Assert.ThrowsAsync<Evaluate.Core.Models.ModelCallException>(() => model.GenerateAsync(ClientFactory.Request(n: 1), CancellationToken.None))!;

        Assert.That((error.StatusCode, error.IsTransient), Is.EqualTo(((int?)400, false)));
        Assert.That(model.UsesSingleChoiceCalls, Is.False);
    }

    [Test]
    public async Task OllamaReturningFewerChoicesKeepsTheFirstAndFetchesTheRestWithLaterSeeds()
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((r, _) => ScriptedReply.Ok(WireResponses.Chat($"seed {r.Seed}")));
        using var model = ClientFactory.Create(server.BaseUrl);

        var result = await model.GenerateAsync(ClientFactory.Request(n: 3, seed: 50), CancellationToken.None);

        Assert.That(result.Calls, Is.EqualTo(3));
        Assert.That(result.Completions.Select(c => c.Text), Is.EqualTo(new[] { "seed 50", "seed 51", "seed 52" }));
        Assert.That(server.Requests.Select(r => (r.N, r.Seed)), Is.EqualTo(new[] { (3, 50L), (1, 51L), (1, 52L) }));
        Assert.That(model.UsesSingleChoiceCalls, Is.True);
    }

    [Test]
    public async Task ChoicesAreReturnedInIndexOrderEvenWhenTheServerShufflesThem()
    {
        var shuffled = WireResponses.Chat(
            [WireResponses.ChatChoice(1, WireResponses.ChatMessage("second"), "stop"), WireResponses.ChatChoice(0, WireResponses.ChatMessage("first"), "stop")],
            WireResponses.Usage(5, 4));
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => ScriptedReply.Ok(shuffled));
        using var model = ClientFactory.Create(server.BaseUrl);

        var result = await model.GenerateAsync(ClientFactory.Request(n: 2), CancellationToken.None);

        Assert.That(result.Completions.Select(c => c.Text), Is.EqualTo(new[] { "first", "second" }));
    }

    [Test]
    public async Task AGeneric500ToSeveralChoicesIsCheckedWithOneSingleChoiceRequestAndFallsBack()
    {
        // Some servers refuse n > 1 with a bare 500 that names nothing: once every attempt failed, if a single-choice
        // request is answered, the server cannot do n > 1 (remembered), and no sample is lost.
        await using var server = await ScriptedOpenAiServer.StartAsync((r, _) => r.N > 1
            ? new ScriptedReply(500, """{"error":{"message":"internal error"}}""")
            : ScriptedReply.Ok(WireResponses.Chat($"seed {r.Seed}")));
        var delays = new List<TimeSpan>();
        using var model = ClientFactory.Create(server.BaseUrl, delays);

        var result = await model.GenerateAsync(ClientFactory.Request(n: 3, seed: 5), CancellationToken.None);

        Assert.That(result.Completions.Select(c => c.Text), Is.EqualTo(new[] { "seed 5", "seed 6", "seed 7" }));
        // A 5xx is first retried like any other (a flaky server must not change the calls a run makes), then checked.
        Assert.That(server.Requests.Select(r => (r.N, r.Seed)), Is.EqualTo(new[] { (3, 5L), (3, 5L), (3, 5L), (1, 5L), (1, 6L), (1, 7L) }));
        Assert.That((result.Calls, result.Attempts, result.Retries), Is.EqualTo((3, 6, 2)));
        Assert.That(delays, Has.Count.EqualTo(2));
        Assert.That(model.UsesSingleChoiceCalls, Is.True);
    }

    [Test]
    public async Task AServerThatFailsSingleChoiceRequestsTooIsAnErrorNotAFallback()
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => new ScriptedReply(500, """{"error":{"message":"CUDA out of memory"}}"""));
        var delays = new List<TimeSpan>();
        using var model = ClientFactory.Create(server.BaseUrl, delays, maxAttempts: 2);

        var error = Assert.ThrowsAsync<Evaluate.Core.Models.ModelCallException>(() => model.GenerateAsync(ClientFactory.Request(n: 2), CancellationToken.None))!;

        Assert.That((error.StatusCode, error.IsTransient), Is.EqualTo(((int?)500, true)));
        Assert.That(server.Requests.Select(r => r.N), Is.EqualTo(new[] { 2, 2, 1, 1 }), "the n-choice request and its retry, then the single-choice check and its retry");
        Assert.That((error.Attempts, error.Retries), Is.EqualTo((4, 2)));
        Assert.That(model.UsesSingleChoiceCalls, Is.False);
    }
}
