using Evaluate.Core.Components;
using Evaluate.Core.Models;

namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// A model behind an OpenAI-compatible HTTP API (thin HttpClient + System.Text.Json: the official SDK exposes no <c>n</c>).
/// Asks for n choices in one call; when a server refuses n &gt; 1 or silently returns fewer choices, it falls back to
/// single-choice calls with seeds Seed+i and remembers that for later calls.
/// </summary>
public sealed class OpenAiCompatibleModel : IModelAdapter, IDisposable
{
    private readonly OpenAiCompatibleOptions _options;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly ServerIdentity _server;
    private readonly OpenAiHttpTransport _transport;
    private volatile bool _singleChoiceOnly;

    public OpenAiCompatibleModel(OpenAiCompatibleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
            throw new ArgumentException($"Base URL must be an absolute http(s) URL such as http://127.0.0.1:8000/v1, got '{options.BaseUrl}'.", nameof(options));
        if (string.IsNullOrWhiteSpace(options.ModelName)) throw new ArgumentException("Model name is required.", nameof(options));
        if (options.MaxAttempts < 1) throw new ArgumentOutOfRangeException(nameof(options), "MaxAttempts must be at least 1.");

        _options = options;
        var apiKey = string.IsNullOrEmpty(options.ApiKeyEnvironmentVariable) ? null : Environment.GetEnvironmentVariable(options.ApiKeyEnvironmentVariable);
        _server = new ServerIdentity(baseUrl, apiKey);

        _ownsHttp = options.HttpClient is null;
        // Our own client never times out by itself: AttemptTimeout governs each attempt.
        _http = options.HttpClient
            ?? (options.HttpMessageHandler is null ? new HttpClient() : new HttpClient(options.HttpMessageHandler, disposeHandler: false));
        if (_ownsHttp) _http.Timeout = Timeout.InfiniteTimeSpan;

        var route = options.Endpoint == OpenAiEndpoint.Chat ? "chat/completions" : "completions";
        var url = new Uri(options.BaseUrl.TrimEnd('/') + "/" + route);
        var retry = new RetryLoop(options.MaxAttempts, options.InitialRetryDelay, options.MaxRetryDelay, options.Delay);
        _transport = new OpenAiHttpTransport(_http, url, apiKey, _server, options.AttemptTimeout, retry, options.Stream, options.Endpoint == OpenAiEndpoint.Chat);

        var endpoint = options.Endpoint == OpenAiEndpoint.Chat ? "chat" : "completions";
        Descriptor = ComponentDescriptor.Of(
            "openai",
            $"{options.ModelName} @ {_server.Host} (OpenAI-compatible)",
            ("model", options.ModelName), ("endpoint", endpoint)) with
        {
            // The endpoint is where the model runs, not what it is: recorded, but outside its identity.
            Deployment = ComponentDescriptor.Sorted(("base_url", _server.SafeBaseUrl)),
        };
    }

    public ComponentDescriptor Descriptor { get; }

    public bool SupportsContinuation => true;

    /// <summary>True once the server has shown it cannot return several choices per call.</summary>
    public bool UsesSingleChoiceCalls => _singleChoiceOnly;

    public async Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.N < 1) throw new ArgumentOutOfRangeException(nameof(request), "N must be at least 1.");

        var tally = new CallTally();
        try
        {
            var completions = await GenerateAllAsync(request, tally, cancellationToken).ConfigureAwait(false);
            return new GenerationResult(completions, tally.Answered) { Attempts = tally.Attempts, Retries = tally.Retries };
        }
        catch (ModelCallException e)
        {
            // The failure as this generation saw it: every request it sent, not only the last one's.
            throw e.WithAttempts(tally.Attempts, tally.Retries);
        }
    }

    private async Task<List<Completion>> GenerateAllAsync(GenerationRequest request, CallTally tally, CancellationToken cancellationToken)
    {
        var completions = new List<Completion>(request.N);
        if (request.N > 1 && !_singleChoiceOnly)
        {
            try
            {
                // One call with n choices sends seed=Seed: the server is assumed to derive per-choice seeds itself
                // (vLLM does), so choice i matches sample i only as far as the server keeps that promise.
                var batch = await CallAsync(request, request.N, request.Seed, tally, cancellationToken).ConfigureAwait(false);
                if (batch.Count >= request.N) return batch.Take(request.N).ToList();

                // Fewer choices than asked (Ollama ignores n): the first one is what a single seed=Seed call gives.
                _singleChoiceOnly = true;
                completions.AddRange(batch.Take(1));
            }
            catch (ChoiceCountRefusedException refusal)
            {
                // A refusal in words is certain; a 4xx to an n-choice request is checked with one single-choice request:
                // if that is answered, the server cannot do n > 1 (remembered for later calls).
                if (!refusal.Certain) completions.Add(await SingleAsync(request, 0, tally, cancellationToken).ConfigureAwait(false));
                _singleChoiceOnly = true;
            }
            catch (ModelCallException e) when (e.StatusCode >= 500 && !cancellationToken.IsCancellationRequested)
            {
                // A 5xx to an n-choice request was retried like any other (a flaky server must not change how many
                // calls a run makes); only when every attempt failed is it checked as a possible refusal of n > 1.
                completions.Add(await SingleAsync(request, 0, tally, cancellationToken).ConfigureAwait(false));
                _singleChoiceOnly = true;
            }
        }

        for (var i = completions.Count; i < request.N; i++)
            completions.Add(await SingleAsync(request, i, tally, cancellationToken).ConfigureAwait(false));
        return completions;
    }

    private async Task<Completion> SingleAsync(GenerationRequest request, int sample, CallTally tally, CancellationToken cancellationToken)
    {
        var single = await CallAsync(request, 1, request.Seed + sample, tally, cancellationToken).ConfigureAwait(false);
        return single.Count > 0 ? single[0] : throw new ModelCallException($"{_server.Description} returned no choices.", isTransient: false);
    }

    private async Task<IReadOnlyList<Completion>> CallAsync(GenerationRequest request, int choices, long seed, CallTally tally, CancellationToken cancellationToken)
    {
        var body = OpenAiRequestBody.Build(_options, request, choices, seed);
        var response = await _transport.PostAsync(body, choices, tally, cancellationToken).ConfigureAwait(false);

        var parsed = OpenAiResponseParser.ParseChoices(response, ThinkTagSplitter.LeavesThinkOpen(request.AssistantPrefix));
        var usage = UsageAttribution.Attribute(response["usage"], parsed, _options.TokenCounter,
            () => _options.PromptTemplate.Render(request.Messages, request.AssistantPrefix));
        return parsed.Select((choice, i) => new Completion(choice.Text, choice.Reasoning, choice.FinishReason, usage[i], choice.Logprobs)).ToList();
    }

    public void Dispose()
    {
        if (_ownsHttp) _http.Dispose();
    }
}
