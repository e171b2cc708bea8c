using Evaluate.Core.Models;
using Polly;
using Polly.CircuitBreaker;

namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// A circuit breaker per endpoint (Polly's): when at least half of the last minimum-throughput attempts within the
/// sampling window failed transiently, the endpoint gets a rest — attempts fail at once with a wait hint instead of
/// hammering a server that is down — and is tried again after the break. The retry loop honours the hint.
/// </summary>
internal sealed class EndpointBreaker(ServerIdentity server)
{
    public static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(5);

    private readonly ResiliencePipeline _pipeline = new ResiliencePipelineBuilder()
        .AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            FailureRatio = 0.5,
            MinimumThroughput = 20,
            SamplingDuration = TimeSpan.FromSeconds(30),
            BreakDuration = BreakDuration,
            ShouldHandle = new PredicateBuilder().Handle<ModelCallException>(e => e.IsTransient),
        })
        .Build();

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        try
        {
            return await _pipeline.ExecuteAsync(async token => await attempt(token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException e)
        {
            throw new ModelCallException($"{server.Description} is resting after many failures in a row (circuit open); trying again shortly.",
                isTransient: true, retryAfter: e.RetryAfter ?? BreakDuration, inner: e);
        }
    }
}
