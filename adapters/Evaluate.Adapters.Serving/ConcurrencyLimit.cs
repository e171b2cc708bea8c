using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Evaluate.Adapters.Serving;

/// <summary>
/// Middleware in front of the generation routes: at most <see cref="ServeLimits.MaxConcurrency"/> requests in progress;
/// one more is answered at once with 429, a Retry-After and an OpenAI error body (clients retry it), not queued.
/// </summary>
internal sealed class ConcurrencyLimit(int maximum)
{
    private int _inProgress;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            await next(context).ConfigureAwait(false);
            return;
        }
        if (Interlocked.Increment(ref _inProgress) > maximum)
        {
            Interlocked.Decrement(ref _inProgress);
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = ServeLimits.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            context.Response.ContentType = "application/json";
            var body = OpenAiErrorBody.Create($"More than {maximum} requests in progress at once; try again after {ServeLimits.RetryAfterSeconds} s.",
                "rate_limit_error", "rate_limit_exceeded");
            await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted).ConfigureAwait(false);
            return;
        }
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _inProgress);
        }
    }
}
