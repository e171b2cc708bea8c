using System.Net;
using Evaluate.Core.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Evaluate.Adapters.Serving;

/// <summary>
/// Exposes any <see cref="IModelAdapter"/> as an OpenAI-compatible HTTP server (chat, completions, models),
/// bound to loopback only: it has no authentication, so it must not be reachable from other machines.
/// </summary>
public sealed class OpenAiCompatibleServer : IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>Base URL for clients, including <c>/v1</c> (e.g. <c>http://127.0.0.1:54321/v1</c>); null until started.</summary>
    public string? ApiBaseUrl { get; private set; }

    /// <summary>Starts listening on 127.0.0.1.</summary>
    /// <param name="port">TCP port; 0 picks a free one.</param>
    /// <param name="servedModelName">Name reported by <c>/v1/models</c> and in responses; defaults to the adapter's descriptor name.</param>
    /// <param name="configureLogging">Adds log providers; by default the server logs nothing.</param>
    /// <returns>The base URL clients should use, including <c>/v1</c>.</returns>
    public async Task<string> StartAsync(IModelAdapter model, int port = 0, string? servedModelName = null,
        Action<ILoggingBuilder>? configureLogging = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, IPEndPoint.MaxPort);
        if (_app is not null) throw new InvalidOperationException("The server is already started.");

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        configureLogging?.Invoke(builder.Logging);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));

        var app = builder.Build();
        var endpoints = new ServedEndpoints(model, servedModelName ?? model.Descriptor.Name);
        app.MapPost("/v1/chat/completions", (RequestDelegate)endpoints.ChatAsync);
        app.MapPost("/v1/completions", (RequestDelegate)endpoints.CompletionsAsync);
        app.MapGet("/v1/models", (RequestDelegate)endpoints.ModelsAsync);

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        ApiBaseUrl = address.TrimEnd('/') + "/v1";
        return ApiBaseUrl;
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_app is null) return;
        var app = _app;
        _app = null;
        ApiBaseUrl = null;
        try
        {
            await app.StopAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);
}
