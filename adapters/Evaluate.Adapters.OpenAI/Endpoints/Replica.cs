using Evaluate.Core.Models;

namespace Evaluate.Adapters.OpenAI.Endpoints;

/// <summary>
/// One endpoint of a <see cref="MultiEndpointModel"/>: its client, the requests it has in flight, its traffic, and
/// whether it is in rotation. A failing endpoint is out of rotation for a back-off that doubles with each failure in a
/// row (capped); its next request after that is the probe that brings it back when it answers.
/// </summary>
internal sealed class Replica(IModelAdapter model, string safeUrl, TimeSpan firstBackOff)
{
    private static readonly TimeSpan MaxBackOff = TimeSpan.FromSeconds(30);
    private readonly Lock _gate = new();
    private int _outstanding;
    private int _calls;
    private int _errors;
    private int _failuresInARow;
    private long _outUntil;

    public IModelAdapter Model { get; } = model;
    public string SafeUrl { get; } = safeUrl;
    public int Outstanding { get { lock (_gate) return _outstanding; } }

    public bool InRotation(long now) { lock (_gate) return now >= _outUntil; }

    public long OutUntil { get { lock (_gate) return _outUntil; } }

    public void Started() { lock (_gate) { _outstanding++; _calls++; } }

    public void Answered() { lock (_gate) { _outstanding--; _failuresInARow = 0; _outUntil = 0; } }

    /// <summary>Counts a failure and takes the endpoint out of rotation until <c>now + back-off</c>.</summary>
    public void Failed(long now)
    {
        lock (_gate)
        {
            _outstanding--;
            _errors++;
            _failuresInARow++;
            var backOff = Math.Min(firstBackOff.TotalMilliseconds * Math.Pow(2, Math.Min(_failuresInARow - 1, 16)), MaxBackOff.TotalMilliseconds);
            _outUntil = now + (long)Math.Max(backOff, 1);
        }
    }

    /// <summary>A request that ended for the caller's reason (cancellation), not the endpoint's.</summary>
    public void Abandoned() { lock (_gate) _outstanding--; }

    public EndpointStatistics Statistics() { lock (_gate) return new EndpointStatistics(SafeUrl, _calls, _errors); }
}
