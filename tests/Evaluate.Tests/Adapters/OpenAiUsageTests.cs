using Evaluate.Tests.Support;
using System.Text.Json.Nodes;
using Evaluate.Core.Models;
using NUnit.Framework;

namespace Evaluate.Tests.Adapters;

[TestFixture]
[Category(TestCategories.Http)]
public sealed class OpenAiUsageTests
{
    private static readonly ApproximateTokenCounter Counter = ApproximateTokenCounter.Instance;

    [Test]
    public async Task MissingUsageIsCountedLocally()
    {
        var response = WireResponses.Chat([WireResponses.ChatChoice(0, WireResponses.ChatMessage("the answer is forty two"), "stop")], usage: null);
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => ScriptedReply.Ok(response));
        using var model = ClientFactory.Create(server.BaseUrl);

        var usage = (await model.GenerateAsync(ClientFactory.Request(), CancellationToken.None)).Completions.Single().Usage;

        Assert.That(usage.Source, Is.EqualTo(TokenCountSource.Counted));
        Assert.That(usage.CompletionTokens, Is.EqualTo(Counter.CountTokens("the answer is forty two")));
        Assert.That(usage.PromptTokens, Is.GreaterThan(0));
        Assert.That(usage.ReasoningTokens, Is.Zero);
    }

    [Test]
    public async Task MissingReasoningTokensAreCountedFromTheReasoningText()
    {
        const string thinking = "six times seven is forty two, check: seven sixes";
        var response = WireResponses.Chat([WireResponses.ChatChoice(0, WireResponses.ChatMessage("42", reasoningContent: thinking), "stop")],
            WireResponses.Usage(10, 30));
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => ScriptedReply.Ok(response));
        using var model = ClientFactory.Create(server.BaseUrl);

        var usage = (await model.GenerateAsync(ClientFactory.Request(), CancellationToken.None)).Completions.Single().Usage;

        Assert.That(usage, Is.EqualTo(new TokenUsage(10, 30, Counter.CountTokens(thinking), TokenCountSource.Counted)));
    }

    [Test]
    public async Task WithSeveralChoicesCompletionTokensAreCountedPerChoiceAndPromptTokensAreShared()
    {
        var response = WireResponses.Chat(
        [
            WireResponses.ChatChoice(0, WireResponses.ChatMessage("short"), "stop"),
            WireResponses.ChatChoice(1, WireResponses.ChatMessage("a considerably longer answer than the first one"), "stop"),
        ], WireResponses.Usage(17, 999, 0));
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => ScriptedReply.Ok(response));
        using var model = ClientFactory.Create(server.BaseUrl);

        var completions = (await model.GenerateAsync(ClientFactory.Request(n: 2), CancellationToken.None)).Completions;

        Assert.That(completions.Select(c => c.Usage.PromptTokens), Is.EqualTo(new[] { 17, 17 }));
        Assert.That(completions.Select(c => c.Usage.CompletionTokens),
            Is.EqualTo(new[] { Counter.CountTokens("short"), Counter.CountTokens("a considerably longer answer than the first one") }));
        Assert.That(completions.Select(c => c.Usage.Source), Is.All.EqualTo(TokenCountSource.Counted));
    }

    [Test]
    public async Task UsageFieldsOfTheWrongTypeAreTreatedAsMissing()
    {
        var response = WireResponses.Chat([WireResponses.ChatChoice(0, WireResponses.ChatMessage("ok"), "stop")],
            new JsonObject { ["prompt_tokens"] = "many", ["completion_tokens"] = null });
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => ScriptedReply.Ok(response));
        using var model = ClientFactory.Create(server.BaseUrl);

        var usage = (await model.GenerateAsync(ClientFactory.Request(), CancellationToken.None)).Completions.Single().Usage;

        Assert.That(usage.Source, Is.EqualTo(TokenCountSource.Counted));
        Assert.That(usage.CompletionTokens, Is.EqualTo(Counter.CountTokens("ok")));
    }
}
