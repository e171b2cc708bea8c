namespace Evaluate.Core.Models;

/// <summary>A model call failed. <see cref="IsTransient"/> tells retry logic whether trying again can help.</summary>
public sealed class ModelCallException(string message, bool isTransient, int? statusCode = null, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public bool IsTransient { get; } = isTransient;
    public int? StatusCode { get; } = statusCode;
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
