using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Evaluate.Adapters.Serving;

/// <summary>
/// Middleware in front of the generation routes that misbehaves as the <see cref="FaultPlan"/> draws: error statuses in
/// the OpenAI shape, stalls, bodies cut half way, dropped connections, and a generic 500 for requests with n &gt; 1.
/// </summary>
internal sealed class FaultInjection(FaultPlan plan)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            await next(context).ConfigureAwait(false);
            return;
        }
        context.Request.EnableBuffering();
        var severalChoices = await AsksSeveralChoicesAsync(context).ConfigureAwait(false);
        switch (plan.Next(severalChoices))
        {
            case null:
                await next(context).ConfigureAwait(false);
                return;
            case FaultKind.RateLimit:
                context.Response.Headers.RetryAfter = ((int)Math.Ceiling(plan.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await ErrorAsync(context, 429, "rate limited (injected fault)").ConfigureAwait(false);
                return;
            case FaultKind.ServerError:
                await ErrorAsync(context, 500, "internal error (injected fault)").ConfigureAwait(false);
                return;
            case FaultKind.Unavailable:
                await ErrorAsync(context, 503, "overloaded (injected fault)").ConfigureAwait(false);
                return;
            case FaultKind.ChoicesServerError:
                await ErrorAsync(context, 500, "internal error").ConfigureAwait(false);
                return;
            case FaultKind.Stall:
                try { await Task.Delay(plan.StallFor, context.RequestAborted).ConfigureAwait(false); }
                catch (OperationCanceledException) { return; }
                await next(context).ConfigureAwait(false);
                return;
            case FaultKind.Reset:
                context.Abort();
                return;
            case FaultKind.Truncate:
                await TruncatedAsync(context, next).ConfigureAwait(false);
                return;
        }
    }

    private static async Task<bool> AsksSeveralChoicesAsync(HttpContext context)
    {
        try
        {
            var node = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
            return node?["n"] is JsonValue n && n.TryGetValue<int>(out var count) && count > 1;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
        finally
        {
            context.Request.Body.Position = 0;
        }
    }

    /// <summary>Runs the real handler into a buffer and sends only the first half of its body (a 200 cut off).</summary>
    private static async Task TruncatedAsync(HttpContext context, RequestDelegate next)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try { await next(context).ConfigureAwait(false); }
        finally { context.Response.Body = original; }
        var bytes = buffer.ToArray();
        await original.WriteAsync(bytes.AsMemory(0, bytes.Length / 2), context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task ErrorAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(OpenAiErrorBody.Create(message, "server_error", status == 429 ? "rate_limit_exceeded" : "server_error").ToJsonString(), context.RequestAborted).ConfigureAwait(false);
    }
}
