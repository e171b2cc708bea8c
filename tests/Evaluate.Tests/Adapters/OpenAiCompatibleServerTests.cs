using Evaluate.Tests.Support;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Evaluate.Adapters.OpenAI;
using Evaluate.Adapters.Serving;
using Evaluate.Core.Models;
using NUnit.Framework;

namespace Evaluate.Tests.Adapters;

[TestFixture]
[Category(TestCategories.Http)]
public sealed class OpenAiCompatibleServerTests
{
    private static OpenAiCompatibleModel ClientFor(string baseUrl, OpenAiEndpoint endpoint = OpenAiEndpoint.Chat) =>
        ClientFactory.Create(baseUrl, endpoint: endpoint, maxAttempts: 1);

    [TestCase(1, 0.0, 0L)]
    [TestCase(3, 0.7, 1234L)]
    [TestCase(8, 1.0, -5L)]
    public async Task RoundTripThroughTheServerGivesTheSameCompletionsAsInProcess(int n, double temperature, long seed)
    {
        var fake = new DeterministicFakeModel();
        await using var server = new OpenAiCompatibleServer();
        var baseUrl = await server.StartAsync(fake);
        using var client = ClientFor(baseUrl);
        var request = ClientFactory.Request(n: n, seed: seed) with { Temperature = temperature };

        var remote = await client.GenerateAsync(request, CancellationToken.None);
        var local = await fake.GenerateAsync(request, CancellationToken.None);

        Assert.That(remote.Completions.Select(c => (c.Text, c.Reasoning, c.FinishReason)),
            Is.EqualTo(local.Completions.Select(c => (c.Text, c.Reasoning, c.FinishReason))));
        Assert.That(remote.Calls, Is.EqualTo(1), "the server honours n in one call");
    }

    [Test]
    public async Task RoundTripOfAContinuationPassesThePrefixThrough()
    {
        var fake = new DeterministicFakeModel();
        await using var server = new OpenAiCompatibleServer();
        using var client = ClientFor(await server.StartAsync(fake));
        var request = ClientFactory.Request(n: 2, prefix: "Step 1:");

        var remote = await client.GenerateAsync(request, CancellationToken.None);
        var served = fake.LastRequest!;
        var local = await fake.GenerateAsync(request, CancellationToken.None);

        Assert.That(served.AssistantPrefix, Is.EqualTo("Step 1:"));
        Assert.That(served.Messages, Is.EqualTo(request.Messages));
        Assert.That((served.N, served.Seed, served.MaxTokens, served.TopP, served.Temperature),
            Is.EqualTo((request.N, request.Seed, request.MaxTokens, request.TopP, request.Temperature)));
        Assert.That(remote.Completions.Select(c => c.Text), Is.EqualTo(local.Completions.Select(c => c.Text)));
    }

    [Test]
    public async Task ChatResponseHasOpenAiShapeWithReasoningAndSummedUsage()
    {
        await using var server = new OpenAiCompatibleServer();
        var baseUrl = await server.StartAsync(new DeterministicFakeModel(), servedModelName: "served");
        using var http = new HttpClient();

        var response = await http.PostAsync(baseUrl + "/chat/completions", Json("""
            {"model":"anything","messages":[{"role":"user","content":"hi"}],"n":2,"seed":3,"temperature":0.5,"max_tokens":10}
            """));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body["object"]!.GetValue<string>(), Is.EqualTo("chat.completion"));
        Assert.That(body["model"]!.GetValue<string>(), Is.EqualTo("served"));
        var choices = body["choices"]!.AsArray();
        Assert.That(choices, Has.Count.EqualTo(2));
        Assert.That(choices[1]!["index"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(choices[0]!["message"]!["content"]!.GetValue<string>(), Does.Contain("from seed 3"));
        Assert.That(choices[1]!["message"]!["content"]!.GetValue<string>(), Does.Contain("from seed 4"));
        Assert.That(choices[0]!["message"]!["reasoning_content"]!.GetValue<string>(), Does.StartWith("thinking about"));
        Assert.That(choices[0]!["finish_reason"]!.GetValue<string>(), Is.AnyOf("stop", "length"));
        var usage = body["usage"]!;
        Assert.That(usage["prompt_tokens"]!.GetValue<int>(), Is.EqualTo(11));
        Assert.That(usage["completion_tokens"]!.GetValue<int>(), Is.EqualTo(9 + 10));
        Assert.That(usage["total_tokens"]!.GetValue<int>(), Is.EqualTo(11 + 19));
        Assert.That(usage["completion_tokens_details"]!["reasoning_tokens"]!.GetValue<int>(), Is.EqualTo(8));
    }

    [Test]
    public async Task CompletionsEndpointTreatsThePromptAsOneUserMessageAndReturnsText()
    {
        var fake = new DeterministicFakeModel();
        await using var server = new OpenAiCompatibleServer();
        using var client = ClientFor(await server.StartAsync(fake), OpenAiEndpoint.Completions);

        var remote = await client.GenerateAsync(ClientFactory.Request(), CancellationToken.None);

        var rendered = ChatMlPromptTemplate.Instance.Render(ClientFactory.Request().Messages, null);
        Assert.That(fake.LastRequest!.Messages, Is.EqualTo(new[] { ChatMessage.User(rendered) }));
        var local = await fake.GenerateAsync(fake.LastRequest, CancellationToken.None);
        Assert.That(remote.Completions.Single().Text, Is.EqualTo(local.Completions.Single().Text));
        Assert.That(remote.Completions.Single().Reasoning, Is.EqualTo(local.Completions.Single().Reasoning));
    }

    [Test]
    public async Task ModelsEndpointListsTheServedModel()
    {
        await using var server = new OpenAiCompatibleServer();
        var baseUrl = await server.StartAsync(new DeterministicFakeModel(), servedModelName: "my-model");
        using var http = new HttpClient();

        var body = JsonNode.Parse(await http.GetStringAsync(baseUrl + "/models"))!;

        Assert.That(body["data"]![0]!["id"]!.GetValue<string>(), Is.EqualTo("my-model"));
    }

    [TestCase("{not json")]
    [TestCase("[1,2]")]
    [TestCase("""{"model":"m"}""")]
    [TestCase("""{"messages":[]}""")]
    [TestCase("""{"messages":[{"content":"no role"}]}""")]
    [TestCase("""{"messages":[{"role":"user","content":"hi"}],"n":0}""")]
    [TestCase("""{"messages":[{"role":"user","content":"hi"}],"temperature":"hot"}""")]
    [TestCase("""{"messages":[{"role":"user","content":"hi"}],"continue_final_message":true}""")]
    public async Task MalformedChatRequestsGetA400WithANestedError(string body)
    {
        await using var server = new OpenAiCompatibleServer();
        var baseUrl = await server.StartAsync(new DeterministicFakeModel());
        using var http = new HttpClient();

        var response = await http.PostAsync(baseUrl + "/chat/completions", Json(body));
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(error["error"]!["message"]!.GetValue<string>(), Is.Not.Empty);
        Assert.That(error["error"]!["type"]!.GetValue<string>(), Is.EqualTo("invalid_request_error"));
    }

    [Test]
    public async Task CompletionsWithoutAPromptGetA400()
    {
        await using var server = new OpenAiCompatibleServer();
        var baseUrl = await server.StartAsync(new DeterministicFakeModel());
        using var http = new HttpClient();

        var response = await http.PostAsync(baseUrl + "/completions", Json("""{"model":"m","max_tokens":5}"""));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task ModelExceptionsBecomeA500WhoseMessageReachesTheClient()
    {
        var failing = new DeterministicFakeModel { FailWith = new ModelCallException("upstream exploded", isTransient: true) };
        await using var server = new OpenAiCompatibleServer();
        using var client = ClientFor(await server.StartAsync(failing));

        var error = Assert.ThrowsAsync<ModelCallException>(() => client.GenerateAsync(ClientFactory.Request(), CancellationToken.None))!;

        Assert.That(error.StatusCode, Is.EqualTo(500));
        Assert.That(error.Message, Does.Contain("upstream exploded"));
    }

    [Test]
    public async Task StopReleasesThePort()
    {
        var server = new OpenAiCompatibleServer();
        var baseUrl = await server.StartAsync(new DeterministicFakeModel());
        await server.StopAsync();
        using var http = new HttpClient();

        Assert.That(server.ApiBaseUrl, Is.Null);
        Assert.ThrowsAsync<HttpRequestException>(() => http.GetStringAsync(baseUrl + "/models"));
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
