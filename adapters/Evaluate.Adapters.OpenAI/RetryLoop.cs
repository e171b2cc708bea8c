using Evaluate.Core.Models;

namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// Bounded retries of transient <see cref="ModelCallException"/>s. Waits the server's Retry-After when given,
/// otherwise exponential backoff with jitter (so parallel workers hitting the same rate limit do not retry in lockstep).
/// </summary>
internal sealed class RetryLoop(int maxAttempts, TimeSpan initialDelay, TimeSpan maxDelay, Func<TimeSpan, CancellationToken, Task> delay)
{
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
                await delay(WaitBefore(attemptNumber + 1, e.RetryAfter), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private TimeSpan WaitBefore(int nextAttempt, TimeSpan? retryAfter)
    {
        if (retryAfter is TimeSpan serverWait) return serverWait < maxDelay ? serverWait : maxDelay;
        var exponential = initialDelay.TotalMilliseconds * Math.Pow(2, nextAttempt - 2);
        var jittered = exponential * (0.5 + Random.Shared.NextDouble());
        return TimeSpan.FromMilliseconds(Math.Min(jittered, maxDelay.TotalMilliseconds));
    }
}
