using System.Globalization;
using Evaluate.Core.Models;

namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// Bounded retries of transient <see cref="ModelCallException"/>s. Waits the server's Retry-After when given, capped at
/// <c>maxRetryAfter</c>; otherwise exponential backoff with jitter (so parallel workers hitting the same rate limit do not
/// retry in lockstep). A Retry-After far beyond the cap (more than <see cref="FarBeyond"/> times it) is not waited for at
/// all: the server says it will not answer within any wait the run allows, so the call fails at once, counted as such.
/// </summary>
internal sealed class RetryLoop(int maxAttempts, TimeSpan initialDelay, TimeSpan maxDelay, TimeSpan maxRetryAfter, Func<TimeSpan, CancellationToken, Task> delay)
{
    /// <summary>How many times the cap a Retry-After may be and still be waited for (capped).</summary>
    public const int FarBeyond = 4;

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        for (var attemptNumber = 1; ; attemptNumber++)
        {
            try
            {
                return await attempt(cancellationToken).ConfigureAwait(false);
            }
            catch (ModelCallException e) when (e.IsTransient && attemptNumber < maxAttempts)
            {
                if (e.RetryAfter > maxRetryAfter * FarBeyond) throw TooLongToWait(e);
                await delay(WaitBefore(attemptNumber + 1, e.RetryAfter), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private ModelCallException TooLongToWait(ModelCallException e) => new(
        $"{e.Message} (the server asks to wait {Seconds(e.RetryAfter!.Value)} s before trying again, far beyond max_retry_after={Seconds(maxRetryAfter)} s: not retried)",
        isTransient: false, e.StatusCode, e.RetryAfter, e);

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    private TimeSpan WaitBefore(int nextAttempt, TimeSpan? retryAfter)
    {
        if (retryAfter is TimeSpan serverWait) return serverWait < maxRetryAfter ? serverWait : maxRetryAfter;
        var exponential = initialDelay.TotalMilliseconds * Math.Pow(2, nextAttempt - 2);
        var jittered = exponential * (0.5 + Random.Shared.NextDouble());
        return TimeSpan.FromMilliseconds(Math.Min(jittered, maxDelay.TotalMilliseconds));
    }
}
