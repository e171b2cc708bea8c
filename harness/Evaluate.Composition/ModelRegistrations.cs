using Evaluate.Adapters.OpenAI;
using Evaluate.Adapters.Simulated;
using Evaluate.Core;
using Evaluate.Core.Components;
using Evaluate.Core.Models;
using Evaluate.Core.Plans;

namespace Evaluate.Composition;

/// <summary>
/// The built-in model adapters. Run-scoped services they read: the tokenizer (<see cref="ITokenCounter"/>), the
/// problems the run poses (<see cref="Lazy{KnownProblems}"/>, for sim). Replay is registered apart
/// (<see cref="ReplayRegistration"/>).
/// </summary>
public static class ModelRegistrations
{
    public static ComponentRegistry<IModelAdapter> Create() => new ComponentRegistry<IModelAdapter>("model adapter")
        .Register(new("sim", "simulated reasoner (embedded default; simulated, needs no server, GPU or network)",
            [ComponentParameter.Number("skill", "0.7", "chance a step is right on the easiest problem (falls with difficulty)"),
             ComponentParameter.Number("overthink", "0.3", "mean redundant re-verification rounds after the first answer (more on easy problems)"),
             ComponentParameter.Number("verbosity", "1.0", "length of each reasoning step")],
            (s, c) => new SimulatedReasoner(SimulatedReasonerOptions.From(s), c.Require<Lazy<KnownProblems>>("model 'sim'").Value, c.Optional<ITokenCounter>()),
            "sim:skill=0.8,overthink=1"))
        .Register(new("openai", "OpenAI-compatible HTTP server (vLLM, SGLang, llama.cpp, Ollama, hosted APIs); flags --base-url URL, --model-name NAME",
            [ComponentParameter.Choice("endpoint", "chat", "chat (/v1/chat/completions) or completions (/v1/completions)", "chat", "completions"),
             ComponentParameter.Text("api_key_env", "OPENAI_API_KEY", "environment variable holding the API key (never a flag)"),
             ComponentParameter.Number("timeout", "600", "seconds per attempt (reasoning calls take minutes)"),
             ComponentParameter.WholeNumber("attempts", "5", "attempts per call, for transient errors only"),
             ComponentParameter.Number("retry_delay", "1", "first wait between attempts in seconds, doubled each time with jitter (a server's Retry-After wins)"),
             ComponentParameter.Choice("stream", "false", "ask for server-sent events and assemble them (some servers only stream reasoning models)", "false", "true"),
             ComponentParameter.Choice("token_field", "max_tokens", "name of the token limit field", "max_tokens", "max_completion_tokens"),
             ComponentParameter.Text("base_url", null, "base URL (or --base-url, or OPENAI_BASE_URL)"),
             ComponentParameter.Text("model", "default", "model name sent to the server (or --model-name)")],
            CreateOpenAi, "openai:endpoint=chat --base-url http://127.0.0.1:8000/v1 --model-name Qwen/QwQ-32B"))
        .Register(new("onnx", "a causal language model run in process by ONNX Runtime (CPU here; DirectML on Windows, CUDA with the GPU package); see docs/onnx.md",
            OnnxRegistration.Parameters(Adapters.Onnx.Models.OnnxModelAdapter.Parameters),
            (s, _) => OnnxRegistration.Create((spec, warn) => Adapters.Onnx.Models.OnnxModelAdapter.Create(spec, warn), s),
            "onnx:path=models/qwen2.5-0.5b-instruct,provider=cpu"));

    /// <summary>The plan keys the adapters declare (the openai adapter's endpoint and model name).</summary>
    public static IReadOnlyList<PlanKey> PlanKeys => OpenAiPlanKeys.All;

    private static double RetryDelay(ComponentSpec spec)
    {
        var seconds = spec.GetDouble("retry_delay", 1);
        return seconds >= 0 ? seconds : throw new UsageException($"openai: retry_delay must be at least 0 seconds, got {seconds}");
    }

    private static IModelAdapter CreateOpenAi(ComponentSpec spec, ComponentContext context)
    {
        var urls = OpenAiPlanKeys.BaseUrls.Get(context.Plan) is { Count: > 0 } several ? several
            : [OpenAiPlanKeys.BaseUrl.Get(context.Plan) ?? spec.Get("base_url") ?? Environment.GetEnvironmentVariable("OPENAI_BASE_URL")
               ?? throw new UsageException("the openai adapter needs --base-url (e.g. http://127.0.0.1:8000/v1) or OPENAI_BASE_URL")];
        foreach (var url in urls)
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                throw new UsageException($"--base-url must be an http(s) URL, got '{url}'");
        var timeout = spec.GetDouble("timeout", 600);
        if (timeout <= 0) throw new UsageException($"openai: timeout must be a positive number of seconds, got {timeout}");
        var attempts = spec.GetInt("attempts", 5);
        if (attempts < 1) throw new UsageException($"openai: attempts must be at least 1, got {attempts}");
        var options = urls.Select(url => new OpenAiCompatibleOptions
        {
            BaseUrl = url,
            ModelName = OpenAiPlanKeys.ModelName.Get(context.Plan) ?? spec.Get("model") ?? "default",
            ApiKeyEnvironmentVariable = spec.Get("api_key_env") ?? "OPENAI_API_KEY",
            Endpoint = spec.Get("endpoint") == "completions" ? OpenAiEndpoint.Completions : OpenAiEndpoint.Chat,
            AttemptTimeout = TimeSpan.FromSeconds(timeout),
            MaxAttempts = attempts,
            InitialRetryDelay = TimeSpan.FromSeconds(RetryDelay(spec)),
            Stream = spec.Get("stream") == "true",
            TokenLimitField = spec.Get("token_field") ?? "max_tokens",
            TokenCounter = context.Optional<ITokenCounter>() ?? ApproximateTokenCounter.Instance,
        }).ToList();
        // Several replicas: one client each behind least-outstanding balancing and failover (see MultiEndpointModel).
        return options.Count == 1
            ? new OpenAiCompatibleModel(options[0])
            : new Adapters.OpenAI.Endpoints.MultiEndpointModel(options, attempts, TimeSpan.FromSeconds(RetryDelay(spec)));
    }
}
