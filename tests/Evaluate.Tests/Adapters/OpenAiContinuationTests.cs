using Evaluate.Tests.Support;
using Evaluate.Adapters.OpenAI;
using NUnit.Framework;

namespace Evaluate.Tests.Adapters;

[TestFixture]
[Category(TestCategories.Http)]
public sealed class OpenAiContinuationTests
{
    [Test]
    public async Task ChatContinuationSendsThePrefixAsAFinalAssistantMessageToContinue()
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => ScriptedReply.Ok(WireResponses.Chat(" so the answer is 42.")));
        using var model = ClientFactory.Create(server.BaseUrl);

        var completion = (await model.GenerateAsync(ClientFactory.Request(prefix: "Step 1: 6*7 = 42,"), CancellationToken.None)).Completions.Single();

        var body = server.Requests.Single().Body;
        var messages = body["messages"]!.AsArray();
        Assert.That(messages.Select(m => m!["role"]!.GetValue<string>()), Is.EqualTo(new[] { "system", "user", "assistant" }));
        Assert.That(messages[2]!["content"]!.GetValue<string>(), Is.EqualTo("Step 1: 6*7 = 42,"));
        Assert.That(body["continue_final_message"]!.GetValue<bool>(), Is.True);
        Assert.That(body["add_generation_prompt"]!.GetValue<bool>(), Is.False);
        Assert.That(completion.Text, Is.EqualTo(" so the answer is 42."), "only the continuation, not prefix + continuation");
    }

    [Test]
    public async Task FreshChatRequestHasNoContinuationFlags()
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => ScriptedReply.Ok(WireResponses.Chat("42")));
        using var model = ClientFactory.Create(server.BaseUrl);

        await model.GenerateAsync(ClientFactory.Request(), CancellationToken.None);

        var body = server.Requests.Single().Body;
        Assert.That(body["messages"]!.AsArray(), Has.Count.EqualTo(2));
        Assert.That(body.ContainsKey("continue_final_message"), Is.False);
    }

    [Test]
    public async Task CompletionsContinuationRendersAChatMlPromptEndingWithThePrefix()
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => ScriptedReply.Ok(WireResponses.Completions(" 42.")));
        using var model = ClientFactory.Create(server.BaseUrl, endpoint: OpenAiEndpoint.Completions);

        var completion = (await model.GenerateAsync(ClientFactory.Request(prefix: "The answer is"), CancellationToken.None)).Completions.Single();

        Assert.That(server.Requests.Single().Body["prompt"]!.GetValue<string>(), Is.EqualTo(
            "<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\nWhat is 6*7?<|im_end|>\n<|im_start|>assistant\nThe answer is"));
        Assert.That(completion.Text, Is.EqualTo(" 42."));
    }

    [Test]
    public async Task ContinuingInsideAnOpenThinkBlockPutsTheThinkingPartIntoReasoning()
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => ScriptedReply.Ok(WireResponses.Completions("check: 42.</think>\n42")));
        using var model = ClientFactory.Create(server.BaseUrl, endpoint: OpenAiEndpoint.Completions);

        var completion = (await model.GenerateAsync(ClientFactory.Request(prefix: "<think>\n6*7,"), CancellationToken.None)).Completions.Single();

        Assert.That((completion.Text, completion.Reasoning), Is.EqualTo(("42", "check: 42.")));
    }
}
