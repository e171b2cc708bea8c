using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Evaluate.Adapters.OpenAI;
using Evaluate.Adapters.Serving;
using Evaluate.Tests.Adapters;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reliability;

/// <summary>`serve` speaks what clients expect: streaming, logprobs or a clear refusal, OpenAI-shaped errors.</summary>
[Category(TestCategories.Http)]
public sealed class ServeProtocolTests
{
    private static async Task<HttpResponseMessage> PostAsync(string url, JsonObject body)
    {
        using var http = new HttpClient();
        return await http.PostAsync(url, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
    }

    private static JsonObject ChatBody(bool stream, int n = 2) => new()
    {
        ["model"] = "m", ["n"] = n, ["seed"] = 3, ["temperature"] = 0.7, ["max_tokens"] = 64, ["stream"] = stream,
        ["stream_options"] = new JsonObject { ["include_usage"] = true },
        ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = "What is 6*7?" }),
    };

    [Test]
    public async Task A_streamed_chat_call_carries_the_same_text_as_a_plain_one_then_usage_then_done()
    {
        await using var server = new OpenAiCompatibleServer();
        var url = await server.StartAsync(new DeterministicFakeModel());
        var plain = JsonNode.Parse(await (await PostAsync(url + "/chat/completions", ChatBody(false))).Content.ReadAsStringAsync())!;
        var response = await PostAsync(url + "/chat/completions", ChatBody(true));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/event-stream"));
        var events = (await response.Content.ReadAsStringAsync()).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(events[^1], Is.EqualTo("data: [DONE]"));
        var chunks = events[..^1].Select(e => JsonNode.Parse(e["data: ".Length..])!).ToList();
        Assert.That(chunks.Count, Is.GreaterThan(4), "the text arrives in pieces");
        for (var i = 0; i < 2; i++)
        {
            var text = string.Concat(chunks.SelectMany(c => c["choices"]!.AsArray()).Where(c => (int)c!["index"]! == i)
                .Select(c => c!["delta"]?["content"]?.GetValue<string>() ?? ""));
            Assert.That(text, Is.EqualTo(plain["choices"]![i]!["message"]!["content"]!.GetValue<string>()));
        }
        Assert.That(chunks.Count(c => c["choices"]!.AsArray().Any(x => x!["finish_reason"] is not null)), Is.EqualTo(2));
        Assert.That(chunks[^1]["choices"]!.AsArray(), Is.Empty);
        Assert.That(chunks[^1]["usage"]!["completion_tokens"]!.ToJsonString(), Is.EqualTo(plain["usage"]!["completion_tokens"]!.ToJsonString()));
    }

    [TestCase(OpenAiEndpoint.Chat)]
    [TestCase(OpenAiEndpoint.Completions)]
    public async Task The_adapter_reading_a_stream_gets_what_a_plain_call_gets(OpenAiEndpoint endpoint)
    {
        var fake = new DeterministicFakeModel();
        await using var server = new OpenAiCompatibleServer();
        var url = await server.StartAsync(fake);
        using var streamed = new OpenAiCompatibleModel(new OpenAiCompatibleOptions { BaseUrl = url, ModelName = "m", Endpoint = endpoint, Stream = true, MaxAttempts = 1 });
        using var plain = new OpenAiCompatibleModel(new OpenAiCompatibleOptions { BaseUrl = url, ModelName = "m", Endpoint = endpoint, MaxAttempts = 1 });
        var request = ClientFactory.Request(n: 3, seed: 11);
        var a = await streamed.GenerateAsync(request, CancellationToken.None);
        var b = await plain.GenerateAsync(request, CancellationToken.None);
        Assert.That(a.Completions.Select(c => (c.Text, c.Reasoning, c.FinishReason, c.Usage.CompletionTokens)),
            Is.EqualTo(b.Completions.Select(c => (c.Text, c.Reasoning, c.FinishReason, c.Usage.CompletionTokens))));
    }

    [Test]
    public async Task Logprobs_a_model_cannot_give_are_refused_with_400_not_silence()
    {
        await using var server = new OpenAiCompatibleServer();
        var url = await server.StartAsync(new DeterministicFakeModel());
        var body = ChatBody(false, n: 1);
        body["logprobs"] = true;
        body["top_logprobs"] = 2;
        var response = await PostAsync(url + "/chat/completions", body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["message"]!.GetValue<string>(), Does.Contain("logprobs"));
    }

    [Test]
    public async Task Unknown_routes_wrong_methods_and_huge_bodies_get_openai_shaped_errors()
    {
        await using var server = new OpenAiCompatibleServer();
        var url = await server.StartAsync(new DeterministicFakeModel());
        using var http = new HttpClient();
        var missing = await http.GetAsync(url + "/embeddings");
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(JsonNode.Parse(await missing.Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<string>(), Is.EqualTo("not_found"));
        var method = await http.GetAsync(url + "/chat/completions");
        Assert.That(method.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        Assert.That(JsonNode.Parse(await method.Content.ReadAsStringAsync())!["error"]!["type"]!.GetValue<string>(), Is.EqualTo("invalid_request_error"));
        var huge = ChatBody(false, n: 1);
        huge["messages"]![0]!["content"] = new string('x', 17 << 20);
        var tooLarge = await PostAsync(url + "/chat/completions", huge);
        Assert.That(tooLarge.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(JsonNode.Parse(await tooLarge.Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<string>(), Is.EqualTo("request_too_large"));
    }

    [Test]
    public async Task Error_codes_are_strings_as_the_openai_sdks_read_them()
    {
        await using var server = new OpenAiCompatibleServer();
        var url = await server.StartAsync(new DeterministicFakeModel());
        using var http = new HttpClient();
        foreach (var response in new[] { await http.GetAsync(url + "/embeddings"), await http.GetAsync(url + "/chat/completions"), await PostAsync(url + "/chat/completions", new JsonObject()) })
        {
            var code = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]!;
            Assert.That(code.GetValueKind(), Is.EqualTo(System.Text.Json.JsonValueKind.String), $"{response.StatusCode}: {code.ToJsonString()}");
        }
    }

    [Test]
    public async Task A_model_is_retrieved_by_id_and_an_unknown_id_is_an_openai_shaped_404()
    {
        await using var server = new OpenAiCompatibleServer();
        var url = await server.StartAsync(new DeterministicFakeModel(), servedModelName: "org/served-model");
        using var http = new HttpClient();
        var found = await http.GetAsync(url + "/models/org/served-model");
        Assert.That(found.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var model = JsonNode.Parse(await found.Content.ReadAsStringAsync())!;
        Assert.That(model["id"]!.GetValue<string>(), Is.EqualTo("org/served-model"));
        Assert.That(model["object"]!.GetValue<string>(), Is.EqualTo("model"));
        var missing = await http.GetAsync(url + "/models/other");
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var error = JsonNode.Parse(await missing.Content.ReadAsStringAsync())!["error"]!;
        Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo("model_not_found"));
        Assert.That(error["message"]!.GetValue<string>(), Does.Contain("other"));
    }

    [Test]
    public async Task Serve_on_a_busy_port_exits_2_with_a_clear_message()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var (code, _, error) = await InProcessCli.RunAsync("serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.That(code, Is.EqualTo(2), error);
            Assert.That(error, Does.Contain($"cannot listen on 127.0.0.1:{port}").And.Contain("--port"));
        }
        finally
        {
            listener.Stop();
        }
    }

    [Test]
    public void A_fault_spec_spreads_a_single_rate_and_refuses_nonsense()
    {
        var even = FaultPlan.Parse("0.7,seed=3");
        Assert.That(even.Rates.Values.ToList(), Has.Count.EqualTo(7).And.All.EqualTo(0.1).Within(1e-12));
        var kinds = Enumerable.Range(0, 2000).Select(_ => even.Next(severalChoices: true)).ToList();
        Assert.That(kinds.Count(k => k is null), Is.InRange(500, 700), "about 30% answered");
        Assert.That(kinds.Where(k => k is not null).Distinct().Count(), Is.EqualTo(7), "every kind drawn");
        Assert.That(() => FaultPlan.Parse("429=0.6,500=0.6"), Throws.TypeOf<Evaluate.Core.UsageException>());
        Assert.That(() => FaultPlan.Parse("stal=0.1"), Throws.TypeOf<Evaluate.Core.UsageException>().With.Message.Contains("did you mean 'stall'"));
    }
}
