using Evaluate.Core.Components;
using Evaluate.Core.Models;

namespace Evaluate.Adapters.OpenAI.Endpoints;

/// <summary>
/// One model served by several replicas (<c>--base-url</c> given more than once): each request goes to the endpoint
/// in rotation with the fewest requests in flight; an endpoint that fails (unreachable, 5xx, 429, timeout) leaves the
/// rotation for a back-off and the request is sent again elsewhere; the endpoint's next request after the back-off is
/// the probe that brings it back. Seeds travel with each request, so results do not depend on which replica answered.
/// Composes one <see cref="OpenAiCompatibleModel"/> per endpoint, each making a single attempt: retrying is this
/// class's job, so a dead replica costs one failed request, not a whole retry schedule.
/// </summary>
public sealed class MultiEndpointModel : IModelAdapter, IReportsEndpoints, IContinuationLimits, IDisposable
{
    private readonly ReplicaPool _pool;
    private readonly int _maxAttempts;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;

    /// <param name="endpoints">One options record per endpoint (same model, endpoint kind and parameters; each its own URL).</param>
    /// <param name="attempts">Attempts per request beyond one per endpoint (the adapter's <c>attempts</c>).</param>
    /// <param name="firstBackOff">How long a failing endpoint first stays out of rotation (the adapter's <c>retry_delay</c>); doubled per failure in a row.</param>
    public MultiEndpointModel(IReadOnlyList<OpenAiCompatibleOptions> endpoints, int attempts, TimeSpan firstBackOff)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.Count < 2) throw new ArgumentException("a multi-endpoint model needs at least two endpoints", nameof(endpoints));
        var replicas = endpoints.Select(o => new Replica(new OpenAiCompatibleModel(o with { MaxAttempts = 1 }), EndpointUrl.Safe(o.BaseUrl), firstBackOff)).ToList();
        _pool = new ReplicaPool(replicas);
        _maxAttempts = Math.Max(1, attempts) + replicas.Count - 1;
        _delay = endpoints[0].Delay;
        var first = replicas[0].Model.Descriptor;
        Descriptor = first with
        {
            // The same model on every replica: identity (parameters) unchanged; where it ran is the deployment.
            Label = $"{endpoints[0].ModelName} @ {replicas.Count} endpoints (OpenAI-compatible)",
            Deployment = ComponentDescriptor.Sorted(("base_urls", string.Join(" ", replicas.Select(r => r.SafeUrl)))),
        };
    }

    public ComponentDescriptor Descriptor { get; }

    public bool SupportsContinuation => true;

    /// <summary>Every replica calls the same endpoint kind.</summary>
    public string? CannotContinueThought => _pool.Replicas[0].Model.GetService<IContinuationLimits>()?.CannotContinueThought;

    public IReadOnlyList<EndpointStatistics> Endpoints => _pool.Replicas.Select(r => r.Statistics()).ToList();

    public async Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
    {
        var failedHere = new HashSet<Replica>();
        var attempts = 0;
        ModelCallException? last = null;
        for (var attempt = 0; attempt < _maxAttempts; attempt++)
        {
            var (replica, wait) = _pool.Acquire(Now, failedHere);
            try
            {
                if (wait > TimeSpan.Zero) await _delay(wait, cancellationToken).ConfigureAwait(false);
                var result = await replica.Model.GenerateAsync(request, cancellationToken).ConfigureAwait(false);
                replica.Answered();
                attempts += result.Attempts;
                return result with { Attempts = attempts, Retries = result.Retries + attempts - result.Attempts };
            }
            catch (ModelCallException e) when (IsEndpointFault(e) && !cancellationToken.IsCancellationRequested)
            {
                replica.Failed(Now);
                attempts += e.Attempts;
                last = e;
                // Another replica first; once each has failed this request, any of them again (after its back-off).
                failedHere.Add(replica);
                if (failedHere.Count == _pool.Replicas.Count) failedHere.Clear();
            }
            catch (ModelCallException e)
            {
                // The endpoint answered, with a refusal every replica would give (a 400, a 401): not its fault.
                replica.Answered();
                attempts += e.Attempts;
                throw e.WithAttempts(attempts, attempts - 1);
            }
            catch
            {
                replica.Abandoned();
                throw;
            }
        }
        throw last!.WithAttempts(attempts, attempts - 1);
    }

    /// <summary>Failures of this endpoint, which another may not have: transient ones, 5xx, and unreachable hosts.</summary>
    private static bool IsEndpointFault(ModelCallException e) =>
        e.IsTransient || e.StatusCode is >= 500 || (e.IsPermanentForRun && e.StatusCode is null);

    private static long Now => Environment.TickCount64;

    public void Dispose()
    {
        foreach (var replica in _pool.Replicas) (replica.Model as IDisposable)?.Dispose();
    }
}
