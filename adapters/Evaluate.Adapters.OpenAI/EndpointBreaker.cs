using System.Runtime.ExceptionServices;
using Evaluate.Core.Models;
using Polly;
using Polly.CircuitBreaker;

namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// A circuit breaker per endpoint (Polly's): when at least half of the last minimum-throughput attempts within the
/// sampling window failed transiently, the endpoint gets a rest instead of being hammered. A call that meets the open
/// circuit waits out the break and then sends its attempt: the rest spends no attempt of its budget, so a retryable
/// failure never becomes a final error without every attempt having been made.
/// <para>Counted as failures: what says the endpoint is in trouble (5xx, timeouts, resets). Not counted: 429 (the
/// server is up and asks to slow down: the adaptive concurrency and Retry-After handle it) and a failure of a request
/// for several choices (it may be a refusal of n &gt; 1, which the adapter settles with one single-choice check).</para>
/// </summary>
internal sealed class EndpointBreaker(ServerIdentity server, TimeSpan breakDuration)
{
    public static readonly TimeSpan DefaultBreakDuration = TimeSpan.FromSeconds(5);

    /// <summary>Breaks one call may wait out: each break ends with a trial request, so a dead endpoint still fails every call within its attempts; this only bounds a pathological wait (10 minutes at the default break).</summary>
    public const int MaxRests = 120;

    private readonly ResiliencePipeline _pipeline = new ResiliencePipelineBuilder()
        .AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            FailureRatio = 0.5,
            MinimumThroughput = 20,
            SamplingDuration = TimeSpan.FromSeconds(30),
            BreakDuration = breakDuration,
            ShouldHandle = new PredicateBuilder().Handle<ModelCallException>(e => e.IsTransient),
        })
        .Build();

    /// <param name="severalChoices">The attempt asks for several choices: its failures may be a refusal of n &gt; 1.</param>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> attempt, bool severalChoices, CancellationToken cancellationToken)
    {
        for (var rests = 0; ; rests++)
        {
            try
            {
                return await _pipeline.ExecuteAsync(async token =>
                {
                    try
                    {
                        return await attempt(token).ConfigureAwait(false);
                    }
                    catch (ModelCallException e) when (e.StatusCode == 429 || (severalChoices && e.StatusCode >= 500))
                    {
                        // Polly records an outcome it does not handle as a success: carried past it, unwrapped below.
                        throw new Uncounted(e);
                    }
                }, cancellationToken).ConfigureAwait(false);
            }
            catch (Uncounted uncounted)
            {
                ExceptionDispatchInfo.Throw(uncounted.Failure);
                throw;
            }
            catch (BrokenCircuitException e) when (rests < MaxRests)
            {
                // Real time, as the breaker's clock is: wait out the break, then try (the half-open trial, or later).
                var rest = e.RetryAfter is TimeSpan left && left > TimeSpan.Zero ? left : breakDuration;
                await Task.Delay(rest < breakDuration ? rest : breakDuration, cancellationToken).ConfigureAwait(false);
            }
            catch (BrokenCircuitException e)
            {
                throw new ModelCallException($"{server.Description} is resting after many failures in a row (circuit open) and stayed so through {MaxRests} breaks.",
                    isTransient: true, retryAfter: e.RetryAfter ?? breakDuration, inner: e);
            }
        }
    }

    private sealed class Uncounted(ModelCallException failure) : Exception(failure.Message, failure)
    {
        public ModelCallException Failure { get; } = failure;
    }
}
