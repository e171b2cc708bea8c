namespace Evaluate.Adapters.OpenAI.Endpoints;

/// <summary>
/// Least-outstanding-requests choice among the endpoints in rotation (ties go to the first listed, so a quiet run
/// is predictable). When every endpoint is out of rotation the one that comes back first is chosen, after waiting for it.
/// </summary>
internal sealed class ReplicaPool(IReadOnlyList<Replica> replicas)
{
    private readonly Lock _gate = new();

    public IReadOnlyList<Replica> Replicas { get; } = replicas;

    /// <summary>The replica to send the next request to, with its request counted as started; and how long to wait first.</summary>
    public (Replica Replica, TimeSpan Wait) Acquire(long now, IReadOnlySet<Replica> avoid)
    {
        lock (_gate)
        {
            var candidates = Replicas.Where(r => !avoid.Contains(r)).ToList();
            if (candidates.Count == 0) candidates = Replicas.ToList();
            var inRotation = candidates.Where(r => r.InRotation(now)).ToList();
            Replica chosen;
            var wait = TimeSpan.Zero;
            if (inRotation.Count > 0) chosen = inRotation.MinBy(r => r.Outstanding)!;
            else
            {
                chosen = candidates.MinBy(r => r.OutUntil)!;
                wait = TimeSpan.FromMilliseconds(Math.Max(0, chosen.OutUntil - now));
            }
            chosen.Started();
            return (chosen, wait);
        }
    }
}
