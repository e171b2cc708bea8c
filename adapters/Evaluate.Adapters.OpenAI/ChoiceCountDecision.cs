namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// Whether one endpoint can return several choices per call, decided once for every call to it. The first call for
/// several choices that fails in a way that may be a refusal of n &gt; 1 becomes the decider: it finishes its own
/// retries and sends the one single-choice check. Calls that meet the same failure meanwhile stop retrying and wait for
/// its decision, and new calls for several choices wait before sending, so a run at any concurrency sends one check
/// instead of a burst of refused requests that would trip the circuit breaker.
/// </summary>
internal sealed class ChoiceCountDecision
{
    private readonly Lock _gate = new();
    private TaskCompletionSource<bool>? _pending;
    private object? _decider;
    private volatile bool _singleOnly;

    /// <summary>True once the endpoint has shown it cannot return several choices per call.</summary>
    public bool SingleOnly => _singleOnly;

    /// <summary>Waits for a decision under way; false when calls must ask for one choice at a time.</summary>
    public async Task<bool> MaySendSeveralAsync(CancellationToken cancellationToken)
    {
        Task<bool>? pending;
        lock (_gate) pending = _pending?.Task;
        if (pending is not null && await pending.WaitAsync(cancellationToken).ConfigureAwait(false)) return false;
        return !_singleOnly;
    }

    /// <summary>
    /// A call for several choices met a possible refusal: true when <paramref name="caller"/> decides (it is the first,
    /// or already the decider), false when another call does or the endpoint is already known to be single-choice.
    /// </summary>
    public bool Claim(object caller)
    {
        lock (_gate)
        {
            if (_singleOnly) return false;
            if (_pending is null)
            {
                _pending = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                _decider = caller;
                return true;
            }
            return ReferenceEquals(_decider, caller);
        }
    }

    /// <summary>The decision another call is making: true when the endpoint is single-choice (already decided: at once).</summary>
    public Task<bool> DecisionAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
            return _pending is { } pending ? pending.Task.WaitAsync(cancellationToken) : Task.FromResult(_singleOnly);
    }

    /// <summary>The endpoint cannot return several choices (said so, returned fewer, or the check was answered).</summary>
    public void Single() => Settle(singleOnly: true);

    /// <summary>
    /// The decider's n-choice request was answered after all, or its check failed: nothing is decided, and the calls
    /// waiting go on as they would have (calls from others than the decider change nothing).
    /// </summary>
    public void Undecided(object caller)
    {
        lock (_gate)
            if (!ReferenceEquals(_decider, caller)) return;
        Settle(singleOnly: false);
    }

    private void Settle(bool singleOnly)
    {
        TaskCompletionSource<bool>? pending;
        lock (_gate)
        {
            if (singleOnly) _singleOnly = true;
            pending = _pending;
            _pending = null;
            _decider = null;
        }
        pending?.TrySetResult(singleOnly);
    }
}
