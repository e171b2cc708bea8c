using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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
    private readonly WebApplication _app;

    private ScriptedOpenAiServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>Base URL including /v1, as a client would be configured.</summary>
    public string BaseUrl { get; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_requests) return _requests.ToList(); }
    }

    public static async Task<ScriptedOpenAiServer> StartAsync(Func<RecordedRequest, int, ScriptedReply> script)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        ScriptedOpenAiServer? server = null;
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = JsonNode.Parse(await reader.ReadToEndAsync())!.AsObject();
            var request = new RecordedRequest(context.Request.Path, context.Request.Headers.Authorization.FirstOrDefault(), body);
            int index;
            lock (server!._requests)
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
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new ScriptedOpenAiServer(app, address.TrimEnd('/') + "/v1");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
