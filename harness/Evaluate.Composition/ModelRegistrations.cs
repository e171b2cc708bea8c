using Evaluate.Adapters.OpenAI;
using Evaluate.Adapters.Replay;
using Evaluate.Adapters.Simulated;
using Evaluate.Core;
using Evaluate.Core.Components;
using Evaluate.Core.Models;

namespace Evaluate.Composition;

/// <summary>
/// The built-in model adapters. Run-scoped services they read: the tokenizer (<see cref="ITokenCounter"/>), the
/// problems the run poses (<see cref="Lazy{KnownProblems}"/>, for sim) and the replay model (for <c>replay:FILE</c>).
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
            "onnx:path=models/qwen2.5-0.5b-instruct,provider=cpu")
        .Register<ReplayModelOptions>("replay", "recorded responses from a JSONL file; no model is called (see `evaluate replay`)",
            (_, c) => c.Require<ReplayModel>("model 'replay'"), "replay:generations.jsonl --strategy replay");

    /// <summary><c>replay:FILE</c> is not key=value: it is read as <c>replay:file=FILE</c>.</summary>
    public static ComponentSpec Parse(string text) =>
        ReplaySpec.TryParse(text, out var file)
            ? new ComponentSpec("replay", new SortedDictionary<string, string>(StringComparer.Ordinal) { ["file"] = file })
            : ComponentSpec.Parse(text);

    private static IModelAdapter CreateOpenAi(OpenAiSpecOptions parameters, ComponentContext context)
    {
        var urls = context.Plan.BaseUrls is { Count: > 0 } several ? several
            : [context.Plan.BaseUrl ?? parameters.BaseUrl ?? Environment.GetEnvironmentVariable("OPENAI_BASE_URL")
               ?? throw new UsageException("the openai adapter needs --base-url (e.g. http://127.0.0.1:8000/v1) or OPENAI_BASE_URL")];
        foreach (var url in urls)
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                throw new UsageException($"--base-url must be an http(s) URL, got '{url}'");
        var options = urls.Select(url => new OpenAiCompatibleOptions
        {
            BaseUrl = url,
            ModelName = context.Plan.ModelName ?? parameters.Model,
            ApiKeyEnvironmentVariable = parameters.ApiKeyEnv,
            Endpoint = parameters.Endpoint,
            AttemptTimeout = TimeSpan.FromSeconds(parameters.Timeout),
            MaxAttempts = parameters.Attempts,
            InitialRetryDelay = TimeSpan.FromSeconds(parameters.RetryDelay),
            Stream = parameters.Stream,
            TokenLimitField = parameters.TokenField,
            TokenCounter = context.Optional<ITokenCounter>() ?? ApproximateTokenCounter.Instance,
        }).ToList();
        // Several replicas: one client each behind least-outstanding balancing and failover (see MultiEndpointModel).
        return options.Count == 1
            ? new OpenAiCompatibleModel(options[0])
            : new Adapters.OpenAI.Endpoints.MultiEndpointModel(options, parameters.Attempts, TimeSpan.FromSeconds(parameters.RetryDelay));
    }
}
