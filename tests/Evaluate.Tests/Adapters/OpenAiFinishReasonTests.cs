using Evaluate.Tests.Support;
using System.Text.Json.Nodes;
using NUnit.Framework;

namespace Evaluate.Tests.Adapters;

[TestFixture]
[Category(TestCategories.Http)]
public sealed class OpenAiFinishReasonTests
{
    [TestCase("\"length\"", "length", true)]
    [TestCase("null", null, false)]
    [TestCase("\"eos\"", "eos", false)]
    [TestCase("\"\"", "", false)]
    [TestCase("\"content_filter_v9\"", "content_filter_v9", false)]
    [TestCase("7", "7", false)]
    public async Task AnyFinishReasonIsKeptAndOnlyLengthMeansTruncated(string wireValue, string? expected, bool truncated)
    {
        var response = WireResponses.Chat([WireResponses.ChatChoice(0, WireResponses.ChatMessage("partial answ"), JsonNode.Parse(wireValue))], WireResponses.Usage(3, 4));
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => ScriptedReply.Ok(response));
        using var model = ClientFactory.Create(server.BaseUrl);

        var completion = (await model.GenerateAsync(ClientFactory.Request(), CancellationToken.None)).Completions.Single();

        Assert.That((completion.FinishReason, completion.Truncated, completion.Text), Is.EqualTo((expected, truncated, "partial answ")));
    }

    [Test]
    public async Task MissingFinishReasonFieldIsNull()
    {
        var response = WireResponses.Chat("x");
        response["choices"]![0]!.AsObject().Remove("finish_reason");
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => ScriptedReply.Ok(response));
        using var model = ClientFactory.Create(server.BaseUrl);

        var completion = (await model.GenerateAsync(ClientFactory.Request(), CancellationToken.None)).Completions.Single();

        Assert.That(completion.FinishReason, Is.Null);
    }
}
