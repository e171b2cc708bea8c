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
        Assert.That(result.Calls, Is.EqualTo(4), "one refused call plus three single calls");
        Assert.That(result.Completions.Select(c => c.Text), Is.EqualTo(new[] { "seed 1000", "seed 1001", "seed 1002" }));
        Assert.That(server.Requests.Skip(1).Select(r => (r.N, r.Seed)), Is.EqualTo(new[] { (1, 1000L), (1, 1001L), (1, 1002L) }));

        var second = await model.GenerateAsync(ClientFactory.Request(n: 2, seed: 7), CancellationToken.None);

        Assert.That(second.Calls, Is.EqualTo(2), "the fallback is remembered: no second refused call");
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
        Assert.That(result.Calls, Is.EqualTo(3));
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
    public async Task AnUnrelated500IsRetriedNotTakenForARefusal()
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((r, i) => i == 0
            ? new ScriptedReply(500, """{"error":{"message":"CUDA out of memory"}}""")
            : ScriptedReply.Ok(WireResponses.ChatWithChoices(r.N)));
        var delays = new List<TimeSpan>();
        using var model = ClientFactory.Create(server.BaseUrl, delays);

        var result = await model.GenerateAsync(ClientFactory.Request(n: 2), CancellationToken.None);

        Assert.That(result.Calls, Is.EqualTo(2));
        Assert.That(delays, Has.Count.EqualTo(1));
        Assert.That(server.Requests.Select(r => r.N), Is.EqualTo(new[] { 2, 2 }));
        Assert.That(model.UsesSingleChoiceCalls, Is.False);
    }
}
