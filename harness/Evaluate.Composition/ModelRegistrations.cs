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
        .Register<SimulatedReasonerOptions>("sim", "simulated reasoner (embedded default; simulated, needs no server, GPU or network)",
            (o, c) => new SimulatedReasoner(o, c.Require<Lazy<KnownProblems>>("model 'sim'").Value, c.Optional<ITokenCounter>()),
            "sim:skill=0.8,overthink=1")
        .Register<OpenAiSpecOptions>("openai", "OpenAI-compatible HTTP server (vLLM, SGLang, llama.cpp, Ollama, hosted APIs); flags --base-url URL, --model-name NAME",
            CreateOpenAi, "openai:endpoint=chat --base-url http://127.0.0.1:8000/v1 --model-name Qwen/QwQ-32B")
        .Register<Adapters.Onnx.Models.OnnxModelParameters>("onnx", "a causal language model run in process by ONNX Runtime (CPU here; DirectML on Windows, CUDA with the GPU package); see docs/onnx.md",
            (o, _) => OnnxRegistration.Create(o, (parameters, warn) => Adapters.Onnx.Models.OnnxModelAdapter.Create(parameters, warn)),
            "onnx:path=models/qwen2.5-0.5b-instruct,provider=cpu");

    /// <summary>The plan keys the adapters declare (the openai adapter's endpoint and model name).</summary>
    public static IReadOnlyList<PlanKey> PlanKeys => OpenAiPlanKeys.All;

    private static IModelAdapter CreateOpenAi(OpenAiSpecOptions parameters, ComponentContext context)
    {
        var urls = OpenAiPlanKeys.BaseUrls.Get(context.Plan) is { Count: > 0 } several ? several
            : [OpenAiPlanKeys.BaseUrl.Get(context.Plan) ?? parameters.BaseUrl ?? Environment.GetEnvironmentVariable("OPENAI_BASE_URL")
               ?? throw new UsageException("the openai adapter needs --base-url (e.g. http://127.0.0.1:8000/v1) or OPENAI_BASE_URL")];
        foreach (var url in urls)
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                throw new UsageException($"--base-url must be an http(s) URL, got '{url}'");
        var options = urls.Select(url => new OpenAiCompatibleOptions
        {
            BaseUrl = url,
            ModelName = OpenAiPlanKeys.ModelName.Get(context.Plan) ?? parameters.Model,
            ApiKeyEnvironmentVariable = parameters.ApiKeyEnv,
            Endpoint = parameters.Endpoint,
            AttemptTimeout = TimeSpan.FromSeconds(parameters.Timeout),
            MaxAttempts = parameters.Attempts,
            InitialRetryDelay = TimeSpan.FromSeconds(parameters.RetryDelay),
            MaxRetryAfter = TimeSpan.FromSeconds(parameters.MaxRetryAfter),
            IdleTimeout = TimeSpan.FromSeconds(parameters.IdleTimeout),
            Stream = parameters.Stream,
            TokenLimitField = parameters.TokenField,
            Thinking = new ThinkingRequestFields(parameters.ReasoningEffort, parameters.EnableThinking, parameters.ThinkingBudget),
            TokenCounter = context.Optional<ITokenCounter>() ?? ApproximateTokenCounter.Instance,
        }).ToList();
        // Several replicas: one client each behind least-outstanding balancing and failover (see MultiEndpointModel).
        return options.Count == 1
            ? new OpenAiCompatibleModel(options[0])
            : new Adapters.OpenAI.Endpoints.MultiEndpointModel(options, parameters.Attempts, TimeSpan.FromSeconds(parameters.RetryDelay));
    }
}
