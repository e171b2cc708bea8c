using Evaluate.Tests.Support;
using System.Text.Json.Nodes;
using Evaluate.Adapters.OpenAI;
using NUnit.Framework;

namespace Evaluate.Tests.Adapters;

[TestFixture]
[Category(TestCategories.Http)]
public sealed class OpenAiLogprobTests
{
    [Test]
    public async Task ChatLogprobsAreParsedWithTopAlternatives()
    {
        var logprobs = JsonNode.Parse("""
            {"content":[
              {"token":"4","logprob":-0.01,"bytes":[52],"top_logprobs":[{"token":"4","logprob":-0.01},{"token":"5","logprob":-4.5}]},
              {"token":"2","logprob":-0.2,"bytes":[50],"top_logprobs":[]}
            ]}
            """);
        var response = WireResponses.Chat([WireResponses.ChatChoice(0, WireResponses.ChatMessage("42"), "stop", logprobs)], WireResponses.Usage(3, 2));
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => ScriptedReply.Ok(response));
        using var model = ClientFactory.Create(server.BaseUrl);

        var tokens = (await model.GenerateAsync(ClientFactory.Request(topLogprobs: 2), CancellationToken.None)).Completions.Single().Logprobs!;

        Assert.That(tokens.Select(t => (t.Token, t.Logprob)), Is.EqualTo(new[] { ("4", -0.01), ("2", -0.2) }));
        Assert.That(tokens[0].TopAlternatives, Is.EqualTo(new[] { ("4", -0.01), ("5", -4.5) }));
        Assert.That(tokens[1].TopAlternatives, Is.Empty);
    }

    [Test]
    public async Task LegacyCompletionsLogprobsAreParsedFromParallelArrays()
    {
        var logprobs = JsonNode.Parse("""
            {"tokens":["4","2"],"token_logprobs":[-0.5,null],"top_logprobs":[{"4":-0.5,"3":-1.5},null],"text_offset":[0,1]}
            """);
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => ScriptedReply.Ok(WireResponses.Completions("42", logprobs: logprobs)));
        using var model = ClientFactory.Create(server.BaseUrl, endpoint: OpenAiEndpoint.Completions);

        var tokens = (await model.GenerateAsync(ClientFactory.Request(topLogprobs: 2), CancellationToken.None)).Completions.Single().Logprobs!;

        Assert.That(tokens.Select(t => (t.Token, t.Logprob)), Is.EqualTo(new[] { ("4", -0.5), ("2", 0.0) }));
        Assert.That(tokens[0].TopAlternatives, Is.EqualTo(new[] { ("4", -0.5), ("3", -1.5) }));
        Assert.That(tokens[1].TopAlternatives, Is.Empty);
    }

    [Test]
    public async Task NoLogprobsInTheResponseGivesNull()
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => ScriptedReply.Ok(WireResponses.Chat("42")));
        using var model = ClientFactory.Create(server.BaseUrl);

        var completion = (await model.GenerateAsync(ClientFactory.Request(), CancellationToken.None)).Completions.Single();

        Assert.That(completion.Logprobs, Is.Null);
    }
}
