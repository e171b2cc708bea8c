using Evaluate.Adapters.Onnx.Decoding;
using Evaluate.Adapters.Onnx.ModelFiles;
using Evaluate.Adapters.Onnx.Prompting;
using Evaluate.Adapters.Onnx.Runtime;
using Evaluate.Adapters.Onnx.Tokenization;
using Evaluate.Core.Components;
using Evaluate.Core.Models;
using Microsoft.ML.OnnxRuntime;

namespace Evaluate.Adapters.Onnx.Models;

/// <summary>
/// <c>onnx</c>: a decoder-only language model run in-process by ONNX Runtime with the harness's own decode loop
/// (greedy, temperature, top-p, top-k, seeds, stop strings, logprobs, key/value cache). The n samples of a request
/// are decoded as batches; sample i uses seed Seed + i, so a batch equals n single calls. Holds a native session:
/// dispose it.
/// </summary>
public sealed class OnnxModelAdapter : IModelAdapter, IDisposable
{
    private readonly InferenceSession _session;
    private readonly TextTokenizer _tokenizer;
    private readonly BatchDecoder _decoder;
    private readonly OnnxModelOptions _options;
    private readonly IReadOnlySet<int> _endOfSequence;
    private readonly int _topK;
    private readonly ContextWindow _context;
    private readonly IChatTemplate _template;

    private OnnxModelAdapter(OnnxModelOptions options, Action<string> warn)
    {
        _options = options;
        var files = ModelDirectory.Open(options.Path, options.File);
        var genAi = files.GenAi;
        var config = files.ReadConfig();
        var generation = GenerationConfig.ReadOptional(files.GenerationConfig);
        _tokenizer = TokenizerJson.Load(files.Tokenizer);
        _template = ChatTemplates.Resolve(options.Template, options.Path);
        (_session, var provider) = OnnxSessionFactory.Open(files.Graph, options.Session, warn);
        try
        {
            Graph = DecoderGraph.Inspect(_session, files.Graph, genAi.Names, config);
            VocabularyCheck.Require(_tokenizer, config, Graph.LogitsWidth, files.Graph);
        }
        catch
        {
            _session.Dispose();
            throw;
        }
        _endOfSequence = new HashSet<int>(generation.EosTokenIds.Count > 0 ? generation.EosTokenIds
            : genAi.EosTokenIds.Count > 0 ? genAi.EosTokenIds : config.EosTokenIds);
        _topK = options.TopK ?? generation.TopK ?? 0;
        _context = new ContextWindow(config.ContextLength, config.Fields.ContextLength);
        _decoder = new BatchDecoder(_session, Graph, _tokenizer, options.KeyValueCache, options.PrefillChunk);
        Descriptor = ComponentDescriptor.Of("onnx", $"onnx ({Path.GetFileName(Path.TrimEndingDirectorySeparator(options.Path))}, {ExecutionProviderName.Of(provider)})",
            ("path", options.Path), ("file", files.GraphName), ("provider", ExecutionProviderName.Of(provider)), ("template", _template.Name),
            ("top_k", _topK), ("kv_cache", options.KeyValueCache && Graph.Cache is not null ? "on" : "off"));
    }

    /// <summary>Opens the model a spec names (<c>onnx:path=DIR,…</c>); unknown or malformed parameters are refused.</summary>
    /// <param name="warn">Where a provider fallback is reported; standard error when null.</param>
    public static OnnxModelAdapter Create(ComponentSpec spec, Action<string>? warn = null) =>
        new(OnnxModelOptions.From(spec), warn ?? Console.Error.WriteLine);

    /// <summary>Opens the model typed parameters name (the registration binds them from the spec).</summary>
    public static OnnxModelAdapter Create(OnnxModelParameters parameters, Action<string>? warn = null) =>
        new(OnnxModelOptions.From(parameters), warn ?? Console.Error.WriteLine);

    /// <summary>The parameters <see cref="Create"/> accepts, with defaults and help, for <c>models</c> and <c>--help</c>.</summary>
    public static IReadOnlyList<ComponentParameter> Parameters => OnnxModelOptions.Parameters;

    public ComponentDescriptor Descriptor { get; }

    public bool SupportsContinuation => true;

    /// <summary>The graph's signature as opened (whether it has a key/value cache, its names).</summary>
    public DecoderGraph Graph { get; }

    /// <summary>Raised after each forward pass with the rows and tokens it fed (tests prove the prompt is prefilled once).</summary>
    public event Action<ForwardPass>? ForwardPassRun
    {
        add => _decoder.PassRun += value;
        remove => _decoder.PassRun -= value;
    }

    public Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var prompt = _tokenizer.Encode(_template.Render(request.Messages, request.AssistantPrefix));
        if (prompt.Count == 0) throw new ArgumentException("onnx: the rendered prompt has no tokens");
        var sampling = new SamplingSettings(request.Temperature, request.TopP, _topK);
        var limits = new DecodeLimits(_context.MaxNewTokens(prompt.Count, request.MaxTokens), _endOfSequence, request.Stop, request.TopLogprobs);
        // ONNX Runtime runs synchronously: keep the caller's thread free.
        return Task.Run(() =>
        {
            var completions = new List<Completion>(request.N);
            for (var start = 0; start < request.N; start += _options.BatchSize)
            {
                var seeds = Enumerable.Range(start, Math.Min(_options.BatchSize, request.N - start)).Select(i => request.Seed + i).ToList();
                foreach (var row in _decoder.Decode(prompt, seeds, sampling, limits, cancellationToken))
                    completions.Add(new Completion(row.Text, null, row.FinishReason,
                        new TokenUsage(prompt.Count, row.TokenCount, 0, TokenCountSource.Reported), row.Logprobs));
            }
            return new GenerationResult(completions, Calls: 1);
        }, cancellationToken);
    }

    public void Dispose() => _session.Dispose();
}
