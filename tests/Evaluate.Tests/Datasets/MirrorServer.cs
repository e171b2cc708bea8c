using Evaluate.Adapters.Serving;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Evaluate.Tests.Datasets;

/// <summary>
/// A loopback HTTP mirror: serves files below a root folder at <c>/&lt;relative path&gt;</c>, with per-path overrides
/// so a test can serve a tampered file or a generated archive.
/// </summary>
internal sealed class MirrorServer : IAsyncDisposable
{
    private readonly LoopbackHost _host;

    private MirrorServer(LoopbackHost host) => _host = host;

    public string BaseUrl => _host.Address + "/";

    public static async Task<MirrorServer> StartAsync(string? root, IReadOnlyDictionary<string, byte[]>? overrides = null)
    {
        return new MirrorServer(await LoopbackHost.StartAsync(app => app.Run(async context =>
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
        })));
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
