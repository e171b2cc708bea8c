using System.Text.Json.Nodes;
using Evaluate.Adapters.Serving;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Evaluate.Tests.Adapters;

/// <summary>What the scripted server saw: route, Authorization header, and the JSON body.</summary>
internal sealed record RecordedRequest(string Path, string? Authorization, JsonObject Body)
{
    public int N => Body["n"]!.GetValue<int>();
    public long Seed => Body["seed"]!.GetValue<long>();
}

/// <summary>One scripted answer. <paramref name="Delay"/> holds the answer back to provoke client timeouts.</summary>
internal sealed record ScriptedReply(int Status, string Body, string? RetryAfter = null, TimeSpan? Delay = null)
{
    public static ScriptedReply Ok(JsonNode body) => new(200, body.ToJsonString());
}

/// <summary>
/// A loopback HTTP server whose answers each test scripts: every POST is recorded and answered by the script,
/// which sees the request and its zero-based position.
/// </summary>
internal sealed class ScriptedOpenAiServer : IAsyncDisposable
{
    private readonly List<RecordedRequest> _requests = [];
    private LoopbackHost? _host;

    /// <summary>Base URL including /v1, as a client would be configured.</summary>
    public string BaseUrl => _host!.Address + "/v1";

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_requests) return _requests.ToList(); }
    }

    public static async Task<ScriptedOpenAiServer> StartAsync(Func<RecordedRequest, int, ScriptedReply> script)
    {
        var server = new ScriptedOpenAiServer();
        server._host = await LoopbackHost.StartAsync(app => app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = JsonNode.Parse(await reader.ReadToEndAsync())!.AsObject();
            var request = new RecordedRequest(context.Request.Path, context.Request.Headers.Authorization.FirstOrDefault(), body);
            int index;
            lock (server._requests)
            {
                index = server._requests.Count;
                server._requests.Add(request);
            }
            var reply = script(request, index);
            if (reply.Delay is TimeSpan delay) await Task.Delay(delay, context.RequestAborted);
            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = reply.Body.TrimStart().StartsWith('{') ? "application/json" : "text/plain";
            if (reply.RetryAfter is not null) context.Response.Headers.RetryAfter = reply.RetryAfter;
            await context.Response.WriteAsync(reply.Body);
        }));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }
}
