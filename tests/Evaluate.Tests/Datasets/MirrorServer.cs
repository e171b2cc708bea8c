using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Evaluate.Tests.Datasets;

/// <summary>
/// A loopback HTTP mirror: serves files below a root folder at <c>/&lt;relative path&gt;</c>, with per-path overrides
/// so a test can serve a tampered file or a generated archive.
/// </summary>
internal sealed class MirrorServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private MirrorServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public static async Task<MirrorServer> StartAsync(string? root, IReadOnlyDictionary<string, byte[]>? overrides = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(async context =>
        {
            var relative = context.Request.Path.Value!.TrimStart('/');
            if (overrides is not null && overrides.TryGetValue(relative, out var bytes))
            {
                await context.Response.Body.WriteAsync(bytes);
                return;
            }
            var path = root is null ? null : Path.GetFullPath(Path.Combine(root, relative));
            if (path is null || !path.StartsWith(Path.GetFullPath(root!), StringComparison.Ordinal) || !File.Exists(path))
            {
                context.Response.StatusCode = 404;
                return;
            }
            await context.Response.SendFileAsync(path);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new MirrorServer(app, address.TrimEnd('/') + "/");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
