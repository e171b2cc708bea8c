using Evaluate.Core.Models;

namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// How to reach an OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama, hosted APIs).
/// Holds only the NAME of the environment variable with the API key, so the key never ends up in a printed options record.
/// </summary>
public sealed record OpenAiCompatibleOptions
{
    /// <summary>Base URL including the version segment, e.g. <c>http://127.0.0.1:8000/v1</c>.</summary>
    public required string BaseUrl { get; init; }

    /// <summary>The <c>model</c> field sent with every request.</summary>
    public required string ModelName { get; init; }

    /// <summary>Environment variable holding the API key; <c>Authorization: Bearer</c> is sent only when it is set and non-empty.</summary>
    public string ApiKeyEnvironmentVariable { get; init; } = "OPENAI_API_KEY";

    public OpenAiEndpoint Endpoint { get; init; } = OpenAiEndpoint.Chat;

    /// <summary>Ask for server-sent events (<c>stream: true</c>) and assemble them: some servers only stream reasoning models.</summary>
    public bool Stream { get; init; }

    /// <summary>Time allowed for one HTTP attempt. Long by default: reasoning calls take minutes.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Attempts per HTTP call, including the first; only transient failures are retried.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>First backoff step; doubled on each retry, with jitter, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan InitialRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound for a backoff wait between attempts.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Longest server's Retry-After waited for; a longer one is waited as this long, and one more than
    /// <see cref="RetryLoop.FarBeyond"/> times longer is not waited for at all (the call fails at once).
    /// </summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Longest silence once the server has begun to answer (between chunks of the body), and before the first byte of a
    /// streamed answer: bounds a server that accepts connections and then says nothing.
    /// </summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long the endpoint rests once its circuit breaker opens (Polly allows 0.5 s at least); tests shorten it.</summary>
    public TimeSpan BreakDuration { get; init; } = EndpointBreaker.DefaultBreakDuration;

    /// <summary>Client to use as is (not disposed by the adapter). Its own Timeout still applies on top of <see cref="AttemptTimeout"/>.</summary>
    public HttpClient? HttpClient { get; init; }

    /// <summary>Handler for a client the adapter creates itself (ignored when <see cref="HttpClient"/> is set); not disposed by the adapter.</summary>
    public HttpMessageHandler? HttpMessageHandler { get; init; }

    /// <summary>Counts tokens the server does not report (reasoning tokens, per-choice tokens when n &gt; 1).</summary>
    public ITokenCounter TokenCounter { get; init; } = ApproximateTokenCounter.Instance;

    /// <summary>Renders the conversation for <see cref="OpenAiEndpoint.Completions"/>.</summary>
    public IChatPromptTemplate PromptTemplate { get; init; } = ChatMlPromptTemplate.Instance;

    /// <summary>JSON field for the token limit; some hosted reasoning models want <c>max_completion_tokens</c>.</summary>
    public string TokenLimitField { get; init; } = "max_tokens";

    /// <summary>Thinking-budget request fields passed through to the server as given (none by default).</summary>
    public ThinkingRequestFields Thinking { get; init; } = ThinkingRequestFields.None;

    /// <summary>Waits between attempts; replaceable so tests can record backoff without sleeping.</summary>
    public Func<TimeSpan, CancellationToken, Task> Delay { get; init; } = Task.Delay;
}
