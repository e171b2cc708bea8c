using Evaluate.Tests.Support;
using Evaluate.Adapters.OpenAI;
using Evaluate.Core.Models;
using NUnit.Framework;

namespace Evaluate.Tests.Adapters;

[TestFixture]
[Category(TestCategories.Http)]
public sealed class OpenAiRequestShapeTests
{
    [Test]
    public async Task PlainSuccessReturnsTextFinishReasonAndReportedUsage()
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => ScriptedReply.Ok(WireResponses.Chat("42", WireResponses.Usage(12, 7, 0))));
        using var model = ClientFactory.Create(server.BaseUrl);

        var result = await model.GenerateAsync(ClientFactory.Request(), CancellationToken.None);

        Assert.That(result.Calls, Is.EqualTo(1));
        var completion = result.Completions.Single();
        Assert.That(completion.Text, Is.EqualTo("42"));
        Assert.That(completion.Reasoning, Is.Null);
        Assert.That(completion.FinishReason, Is.EqualTo("stop"));
        Assert.That(completion.Usage, Is.EqualTo(new TokenUsage(12, 7, 0, TokenCountSource.Reported)));
        Assert.That(server.Requests.Single().Path, Is.EqualTo("/v1/chat/completions"));
    }

    [TestCase(OpenAiEndpoint.Chat, "/v1/chat/completions")]
    [TestCase(OpenAiEndpoint.Completions, "/v1/completions")]
    public async Task EveryRequestCarriesExplicitSamplingParameters(OpenAiEndpoint endpoint, string path)
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) =>
            ScriptedReply.Ok(endpoint == OpenAiEndpoint.Chat ? WireResponses.Chat("x") : WireResponses.Completions("x")));
        using var model = ClientFactory.Create(server.BaseUrl, endpoint: endpoint);

        await model.GenerateAsync(ClientFactory.Request() with { Temperature = 0, TopP = 1, Seed = 0 }, CancellationToken.None);

        var request = server.Requests.Single();
        Assert.That(request.Path, Is.EqualTo(path));
        Assert.That(request.Body["model"]!.GetValue<string>(), Is.EqualTo("test-model"));
        // Zero values are exactly the ones a lazy serializer would drop; servers would then apply their own defaults.
        Assert.That(request.Body["temperature"]!.GetValue<double>(), Is.EqualTo(0));
        Assert.That(request.Body["top_p"]!.GetValue<double>(), Is.EqualTo(1));
        Assert.That(request.Body["seed"]!.GetValue<long>(), Is.EqualTo(0));
        Assert.That(request.Body["max_tokens"]!.GetValue<int>(), Is.EqualTo(321));
        Assert.That(request.Body.ContainsKey("stop"), Is.False);
        Assert.That(request.Body.ContainsKey("logprobs"), Is.False);
        Assert.That(request.Body.ContainsKey("top_logprobs"), Is.False);
    }

    [Test]
    public async Task StopSequencesAreSentWhenGiven()
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => ScriptedReply.Ok(WireResponses.Chat("x")));
        using var model = ClientFactory.Create(server.BaseUrl);

        await model.GenerateAsync(ClientFactory.Request(stop: ["\n\n", "END"]), CancellationToken.None);

        var stop = server.Requests.Single().Body["stop"]!.AsArray().Select(s => s!.GetValue<string>());
        Assert.That(stop, Is.EqualTo(new[] { "\n\n", "END" }));
    }

    [Test]
    public async Task LogprobFieldsFollowEachEndpointsConvention()
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((r, _) =>
            ScriptedReply.Ok(r.Path.EndsWith("chat/completions", StringComparison.Ordinal) ? WireResponses.Chat("x") : WireResponses.Completions("x")));
        using var chat = ClientFactory.Create(server.BaseUrl);
        using var completions = ClientFactory.Create(server.BaseUrl, endpoint: OpenAiEndpoint.Completions);

        await chat.GenerateAsync(ClientFactory.Request(topLogprobs: 3), CancellationToken.None);
        await completions.GenerateAsync(ClientFactory.Request(topLogprobs: 3), CancellationToken.None);

        var (chatBody, completionsBody) = (server.Requests[0].Body, server.Requests[1].Body);
        Assert.That(chatBody["logprobs"]!.GetValue<bool>(), Is.True);
        Assert.That(chatBody["top_logprobs"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(completionsBody["logprobs"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(completionsBody.ContainsKey("top_logprobs"), Is.False);
    }

    [Test]
    public async Task BearerTokenIsSentOnlyWhenTheKeyVariableIsSet()
    {
        var variable = "EVALUATE_TEST_KEY_" + Guid.NewGuid().ToString("N");
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => ScriptedReply.Ok(WireResponses.Chat("x")));
        using var withoutKey = ClientFactory.Create(server.BaseUrl, keyVariable: variable);
        Environment.SetEnvironmentVariable(variable, "sk-test-123");
        try
        {
            using var withKey = ClientFactory.Create(server.BaseUrl, keyVariable: variable);
            await withoutKey.GenerateAsync(ClientFactory.Request(), CancellationToken.None);
            await withKey.GenerateAsync(ClientFactory.Request(), CancellationToken.None);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }

        Assert.That(server.Requests[0].Authorization, Is.Null);
        Assert.That(server.Requests[1].Authorization, Is.EqualTo("Bearer sk-test-123"));
    }

    [Test]
    public void DescriptorNamesModelAndHostButNeverTheKeyOrUrlCredentials()
    {
        var variable = "EVALUATE_TEST_KEY_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, "sk-descriptor-secret");
        try
        {
            using var model = new OpenAiCompatibleModel(new OpenAiCompatibleOptions
            {
                BaseUrl = "http://user:pw@example.test:8000/v1",
                ModelName = "qwen3-8b",
                ApiKeyEnvironmentVariable = variable,
                Endpoint = OpenAiEndpoint.Completions,
            });

            Assert.That(model.Descriptor.Name, Is.EqualTo("openai"));
            Assert.That(model.Descriptor.Label, Does.Contain("qwen3-8b").And.Contain("example.test"));
            // The endpoint is deployment, not identity: the same model from another host keeps its records' key.
            Assert.That(model.Descriptor.Deployment!["base_url"], Is.EqualTo("http://example.test:8000/v1"));
            Assert.That(model.Descriptor.Parameters.ContainsKey("base_url"), Is.False);
            Assert.That(model.Descriptor.ToString(), Is.EqualTo("openai:endpoint=completions,model=qwen3-8b"));
            Assert.That(model.Descriptor.Parameters["model"], Is.EqualTo("qwen3-8b"));
            Assert.That(model.Descriptor.Parameters["endpoint"], Is.EqualTo("completions"));
            Assert.That(model.Descriptor.ToString() + model.Descriptor.Label, Does.Not.Contain("sk-descriptor-secret").And.Not.Contain("pw"));
            Assert.That(model.SupportsContinuation, Is.True);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }
}
