using Evaluate.Adapters.OpenAI;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Adapters;

/// <summary>
/// The thinking-budget request fields (reasoning_effort, chat_template_kwargs' enable_thinking and thinking_budget) reach
/// the request body exactly as set, on both endpoints, and are absent when not set (servers that reject unknown fields
/// never see them); the chat endpoint declares that it cannot continue a thought, the completions endpoint that it can.
/// </summary>
[Category(TestCategories.Http)]
public sealed class OpenAiThinkingFieldsTests
{
    [TestCase(OpenAiEndpoint.Chat)]
    [TestCase(OpenAiEndpoint.Completions)]
    public async Task Set_fields_reach_the_body_and_unset_ones_are_not_sent(OpenAiEndpoint endpoint)
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) =>
            ScriptedReply.Ok(endpoint == OpenAiEndpoint.Chat ? WireResponses.Chat("x") : WireResponses.Completions("x")));
        using var plain = ClientFactory.Create(server.BaseUrl, endpoint: endpoint);
        using var thinking = new OpenAiCompatibleModel(new OpenAiCompatibleOptions
        {
            BaseUrl = server.BaseUrl, ModelName = "test-model", Endpoint = endpoint, MaxAttempts = 1,
            Thinking = new ThinkingRequestFields("low", EnableThinking: false, ThinkingBudget: 256),
        });

        await plain.GenerateAsync(ClientFactory.Request(), CancellationToken.None);
        await thinking.GenerateAsync(ClientFactory.Request(), CancellationToken.None);

        var (without, with) = (server.Requests[0].Body, server.Requests[1].Body);
        Assert.That(without.ContainsKey("reasoning_effort") || without.ContainsKey("chat_template_kwargs"), Is.False);
        Assert.That(with["reasoning_effort"]!.GetValue<string>(), Is.EqualTo("low"));
        Assert.That(with["chat_template_kwargs"]!.ToJsonString(), Is.EqualTo("""{"enable_thinking":false,"thinking_budget":256}"""));
        Assert.That(thinking.Descriptor.Parameters["reasoning_effort"], Is.EqualTo("low"));
        Assert.That(plain.Descriptor.Parameters.ContainsKey("reasoning_effort"), Is.False, "a model without them keeps its identity");
        Assert.That(thinking.CannotContinueThought is null, Is.EqualTo(endpoint == OpenAiEndpoint.Completions));
    }

    [Test]
    public async Task Only_the_fields_given_are_sent()
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => ScriptedReply.Ok(WireResponses.Chat("x")));
        using var model = new OpenAiCompatibleModel(new OpenAiCompatibleOptions
        {
            BaseUrl = server.BaseUrl, ModelName = "test-model", MaxAttempts = 1, Thinking = new ThinkingRequestFields(ThinkingBudget: 1024),
        });
        await model.GenerateAsync(ClientFactory.Request(), CancellationToken.None);
        var body = server.Requests.Single().Body;
        Assert.That(body.ContainsKey("reasoning_effort"), Is.False);
        Assert.That(body["chat_template_kwargs"]!.ToJsonString(), Is.EqualTo("""{"thinking_budget":1024}"""));
    }
}
