using Evaluate.Core.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Evaluate.Adapters.Serving;

/// <summary>
/// Exposes any <see cref="IModelAdapter"/> as an OpenAI-compatible HTTP server (chat, completions, models),
/// bound to loopback only: it has no authentication, so it must not be reachable from other machines.
/// </summary>
public sealed class OpenAiCompatibleServer : IAsyncDisposable
{
    private LoopbackHost? _host;

    /// <summary>Base URL for clients, including <c>/v1</c> (e.g. <c>http://127.0.0.1:54321/v1</c>); null until started.</summary>
    public string? ApiBaseUrl { get; private set; }

    /// <summary>Starts listening on 127.0.0.1.</summary>
    /// <param name="port">TCP port; 0 picks a free one.</param>
    /// <param name="servedModelName">Name reported by <c>/v1/models</c> and in responses; defaults to the adapter's descriptor name.</param>
    /// <param name="configureLogging">Adds log providers; by default the server logs nothing.</param>
    /// <returns>The base URL clients should use, including <c>/v1</c>.</returns>
    /// <param name="faults">Misbehave as this plan draws (<c>serve --faults</c>); null answers every request.</param>
    /// <param name="limits">Request body size and concurrency bounds; null: the defaults (4 MiB, 64).</param>
    public async Task<string> StartAsync(IModelAdapter model, int port = 0, string? servedModelName = null,
        Action<ILoggingBuilder>? configureLogging = null, CancellationToken cancellationToken = default, FaultPlan? faults = null,
        ServeLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (_host is not null) throw new InvalidOperationException("The server is already started.");
        limits ??= new ServeLimits();
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.MaxBodyBytes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.MaxConcurrency, 1);
        var endpoints = new ServedEndpoints(model, servedModelName ?? model.Descriptor.Name, limits.MaxBodyBytes);
        _host = await LoopbackHost.StartAsync(app =>
        {
            app.Use(new ConcurrencyLimit(limits.MaxConcurrency).InvokeAsync);
            if (faults is not null) app.Use(new FaultInjection(faults).InvokeAsync);
            app.MapPost(ServedEndpoints.ChatRoute, (RequestDelegate)endpoints.ChatAsync);
            app.MapPost(ServedEndpoints.CompletionsRoute, (RequestDelegate)endpoints.CompletionsAsync);
            app.MapGet(ServedEndpoints.ModelsRoute, (RequestDelegate)endpoints.ModelsAsync);
            app.MapGet(ServedEndpoints.ModelRoute, (RequestDelegate)endpoints.ModelAsync);
            app.MapFallback((RequestDelegate)ServedEndpoints.NotFoundAsync);
        }, port, configureLogging, cancellationToken).ConfigureAwait(false);
        ApiBaseUrl = _host.Address + "/v1";
        return ApiBaseUrl;
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_host is null) return;
        var host = _host;
        _host = null;
        ApiBaseUrl = null;
        await host.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);
}
