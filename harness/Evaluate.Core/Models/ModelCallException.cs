namespace Evaluate.Core.Models;

/// <summary>
/// A model call failed. <see cref="IsTransient"/> tells retry logic whether trying again can help;
/// <see cref="IsPermanentForRun"/> that no later call can succeed either (a wrong key, a wrong URL, a dead endpoint
/// that never answered), so a run fails fast instead of spending minutes per problem on it.
/// </summary>
public sealed class ModelCallException(string message, bool isTransient, int? statusCode = null, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public bool IsTransient { get; } = isTransient;
    public int? StatusCode { get; } = statusCode;
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>The endpoint can never answer this run (401, 403, 404, or unreachable before it ever answered).</summary>
    public bool IsPermanentForRun { get; init; }

    /// <summary>Requests sent before giving up (set by the adapter that made them).</summary>
    public int Attempts { get; set; } = 1;

    /// <summary>Requests among them that repeated a failed one.</summary>
    public int Retries { get; set; }
}
