using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Evaluate.Adapters.Serving;
using Evaluate.Core.Components;
using Evaluate.Core.Models;
using Evaluate.Tests.Adapters;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reliability;

/// <summary>
/// `serve` bounds what one client can make it hold (issue 20: 16 requests of 16 MiB held 2.1 GB): a body over
/// --max-body-bytes gets 413, a request past --max-concurrency in progress gets 429 with Retry-After, both OpenAI-shaped.
/// </summary>
[Category(TestCategories.Http)]
public sealed class ServeLimitsTests
{
    private static StringContent Chat(string content) => new(new JsonObject
    {
        ["model"] = "m", ["max_tokens"] = 8,
        ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = content }),
    }.ToJsonString(), Encoding.UTF8, "application/json");

    [Test]
    public async Task A_body_over_the_cap_gets_413_with_a_string_code()
    {
        await using var server = new OpenAiCompatibleServer();
        var url = await server.StartAsync(new DeterministicFakeModel(), limits: new ServeLimits(MaxBodyBytes: 1000));
        using var http = new HttpClient();

        using var small = await http.PostAsync(url + "/chat/completions", Chat("What is 6*7?"));
        using var large = await http.PostAsync(url + "/chat/completions", Chat(new string('x', 2000)));

        Assert.That(small.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(large.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        var error = JsonNode.Parse(await large.Content.ReadAsStringAsync())!["error"]!;
        Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo("request_too_large"));
        Assert.That(error["message"]!.GetValue<string>(), Does.Contain("1000 bytes"));
    }

    [Test]
    public void The_default_cap_is_4_MiB_and_64_requests()
    {
        Assert.That(new ServeLimits(), Is.EqualTo(new ServeLimits(4L << 20, 64)));
    }

    /// <summary>Holds every call until released, saying when one has begun.</summary>
    private sealed class HeldModel : IModelAdapter
    {
        public TaskCompletionSource Begun { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("held", "held model");
        public bool SupportsContinuation => false;

        public async Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
        {
            Begun.TrySetResult();
            await Release.Task.WaitAsync(cancellationToken);
            return new GenerationResult([new Completion("42", null, "stop", new TokenUsage(1, 1, 0))]);
        }
    }

    [Test]
    public async Task A_request_past_the_concurrency_cap_gets_429_with_retry_after_and_the_held_one_is_answered()
    {
        var model = new HeldModel();
        await using var server = new OpenAiCompatibleServer();
        var url = await server.StartAsync(model, limits: new ServeLimits(MaxConcurrency: 1));
        using var http = new HttpClient();

        var held = http.PostAsync(url + "/chat/completions", Chat("first"));
        await model.Begun.Task;
        using var refused = await http.PostAsync(url + "/chat/completions", Chat("second"));
        model.Release.SetResult();
        using var answered = await held;

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(1)));
        Assert.That(JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<string>(), Is.EqualTo("rate_limit_exceeded"));
        Assert.That(answered.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var after = await http.PostAsync(url + "/chat/completions", Chat("third"));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the place is free again once the held request is answered");
    }

    [Test]
    public async Task Serve_refuses_a_cap_below_one()
    {
        var (code, _, error) = await InProcessCli.RunAsync("serve", "--port", "0", "--max-concurrency", "0");
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain("--max-concurrency"));
    }
}
