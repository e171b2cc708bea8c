namespace Evaluate.Adapters.Serving;

/// <summary>
/// What one client can make the server hold: the largest request body read (larger: 413) and the most generation
/// requests in progress at once (more: 429 with Retry-After). Without them 16 requests of 16 MiB held 2.1 GB.
/// </summary>
/// <param name="MaxBodyBytes">Largest request body, in bytes (<c>serve --max-body-bytes</c>).</param>
/// <param name="MaxConcurrency">Most generation requests in progress at once (<c>serve --max-concurrency</c>).</param>
public sealed record ServeLimits(long MaxBodyBytes = ServeLimits.DefaultMaxBodyBytes, int MaxConcurrency = ServeLimits.DefaultMaxConcurrency)
{
    /// <summary>4 MiB: far above any prompt (a 128k-token context is about 0.5 MiB of text).</summary>
    public const long DefaultMaxBodyBytes = 4L << 20;

    public const int DefaultMaxConcurrency = 64;

    /// <summary>The Retry-After sent with a 429 for too many requests at once, in seconds.</summary>
    public const int RetryAfterSeconds = 1;
}
