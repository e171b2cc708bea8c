namespace Evaluate.Adapters.Serving;

/// <summary>What a faulty server does instead of answering (see <see cref="FaultPlan"/>).</summary>
public enum FaultKind
{
    /// <summary>429 with a Retry-After header.</summary>
    RateLimit,
    ServerError,
    Unavailable,
    /// <summary>Holds the answer back longer than a client should wait, then answers.</summary>
    Stall,
    /// <summary>A 200 whose JSON (or event stream) is cut off half way.</summary>
    Truncate,
    /// <summary>The connection is dropped without an answer.</summary>
    Reset,
    /// <summary>A generic 500 (naming nothing) to a request for several choices.</summary>
    ChoicesServerError,
}
