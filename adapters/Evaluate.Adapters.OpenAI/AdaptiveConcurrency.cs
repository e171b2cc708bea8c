namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// How many requests may be in flight to one endpoint: additive increase, multiplicative decrease (as TCP does). A
/// 429 halves the limit (at most once a second, so one burst counts once); every answer raises it by 1/limit, so it
/// recovers slowly, up to the maximum the run allows.
/// </summary>
public sealed class AdaptiveConcurrency(int maximum)
{
    private static readonly TimeSpan CutSpacing = TimeSpan.FromSeconds(1);
    private readonly Lock _gate = new();
    private readonly Queue<TaskCompletionSource> _waiting = new();
    private double _limit = maximum;
    private int _inFlight;
    private DateTimeOffset _lastCut = DateTimeOffset.MinValue;

    public int Limit { get { lock (_gate) return (int)Math.Floor(_limit); } }

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        TaskCompletionSource? turn = null;
        lock (_gate)
        {
            if (_inFlight < Math.Floor(_limit)) _inFlight++;
            else _waiting.Enqueue(turn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }
        if (turn is not null)
        {
            using var registration = cancellationToken.Register(() => turn.TrySetCanceled(cancellationToken));
            await turn.Task.ConfigureAwait(false);
        }
        return new Lease(this);
    }

    public void RateLimited(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (now - _lastCut < CutSpacing) return;
            _limit = Math.Max(1, _limit / 2);
            _lastCut = now;
        }
    }

    public void Answered()
    {
        lock (_gate)
        {
            _limit = Math.Min(maximum, _limit + 1 / _limit);
            WakeWhileRoom();
        }
    }

    private void Release()
    {
        lock (_gate)
        {
            _inFlight--;
            WakeWhileRoom();
        }
    }

    private void WakeWhileRoom()
    {
        while (_inFlight < Math.Floor(_limit) && _waiting.TryDequeue(out var next))
            if (next.TrySetResult()) _inFlight++;
    }

    private sealed class Lease(AdaptiveConcurrency owner) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) owner.Release();
        }
    }
}
