using Evaluate.Core.Components;

namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// The <c>openai</c> model's parameters as a spec sets them (<c>openai:endpoint=completions,timeout=900</c>), each
/// declared once with its default; help and the checks are derived from these declarations. The connection flags
/// (--base-url, --model-name) are the plan's and win over <see cref="BaseUrl"/> and <see cref="Model"/>.
/// </summary>
public sealed record OpenAiSpecOptions
{
    [Option("chat (/v1/chat/completions) or completions (/v1/completions)")]
    public OpenAiEndpoint Endpoint { get; init; } = OpenAiEndpoint.Chat;

    /// <summary>The key itself is never a parameter: parameters are recorded in results.</summary>
    [Option("environment variable holding the API key (never a flag)")]
    public string ApiKeyEnv { get; init; } = "OPENAI_API_KEY";

    [Option("seconds per attempt (reasoning calls take minutes)", Min = 0, MinExclusive = true)]
    public double Timeout { get; init; } = 600;

    [Option("attempts per call, for transient errors only", Min = 1)]
    public int Attempts { get; init; } = 5;

    [Option("first wait between attempts in seconds, doubled each time with jitter (a server's Retry-After wins)", Min = 0)]
    public double RetryDelay { get; init; } = 1;

    [Option("longest Retry-After waited for in seconds; a longer one is waited this long, one over 4 times longer fails the call at once", Min = 0)]
    public double MaxRetryAfter { get; init; } = 120;

    [Option("seconds of silence allowed once the server has begun to answer, and before a streamed answer's first byte", Min = 0, MinExclusive = true)]
    public double IdleTimeout { get; init; } = 120;

    [Option("ask for server-sent events and assemble them (some servers only stream reasoning models)")]
    public bool Stream { get; init; }

    [Option("name of the token limit field", Choices = ["max_tokens", "max_completion_tokens"])]
    public string TokenField { get; init; } = "max_tokens";

    /// <summary>No default: sent only when set, so servers that reject unknown fields are not sent one.</summary>
    [Option("reasoning_effort sent with every request (hosted reasoning models; vLLM/SGLang pass it to the chat template): e.g. low, medium, high")]
    public string? ReasoningEffort { get; init; }

    [Option("chat_template_kwargs.enable_thinking sent with every request (vLLM/SGLang: turns a hybrid model's thinking on or off)")]
    public bool? EnableThinking { get; init; }

    [Option("chat_template_kwargs.thinking_budget sent with every request (a hint to chat templates that define it; no token guarantee)", Min = 1)]
    public int? ThinkingBudget { get; init; }

    /// <summary>No default: else --base-url, else OPENAI_BASE_URL.</summary>
    [Option("base URL (or --base-url, or OPENAI_BASE_URL)")]
    public string? BaseUrl { get; init; }

    [Option("model name sent to the server (or --model-name)")]
    public string Model { get; init; } = "default";
}
