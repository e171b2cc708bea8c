namespace Evaluate.Core.Models;

/// <summary>
/// A model call failed. <see cref="IsTransient"/> tells retry logic whether trying again can help;
/// <see cref="IsPermanentForRun"/> that no later call can succeed either (a wrong key, a wrong URL, a dead endpoint
/// that never answered), so a run fails fast instead of spending minutes per problem on it.
/// <para>Immutable: an adapter that learns how many requests a failure took (its retries, another replica's) throws
/// a copy carrying them (<see cref="WithAttempts"/>); nothing rewrites an exception on its way up.</para>
/// </summary>
/// <param name="isPermanentForRun">The endpoint can never answer this run (401, 403, 404, or unreachable before it ever answered).</param>
/// <param name="attempts">Requests sent before giving up.</param>
/// <param name="retries">Requests among them that repeated a failed one.</param>
public sealed class ModelCallException(
    string message, bool isTransient, int? statusCode = null, TimeSpan? retryAfter = null, Exception? inner = null,
    bool isPermanentForRun = false, int attempts = 1, int retries = 0)
    : Exception(message, inner)
{
    public bool IsTransient { get; } = isTransient;
    public int? StatusCode { get; } = statusCode;
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>The endpoint can never answer this run (401, 403, 404, or unreachable before it ever answered).</summary>
    public bool IsPermanentForRun { get; } = isPermanentForRun;

    /// <summary>Requests sent before giving up (as counted by the adapter that made them).</summary>
    public int Attempts { get; } = attempts;

    /// <summary>Requests among them that repeated a failed one.</summary>
    public int Retries { get; } = retries;

    /// <summary>The same failure, counted as <paramref name="attempts"/> requests of which <paramref name="retries"/> were retries.</summary>
    public ModelCallException WithAttempts(int attempts, int retries) =>
        new(Message, IsTransient, StatusCode, RetryAfter, InnerException, IsPermanentForRun, attempts, retries);
}
