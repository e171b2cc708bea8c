using Evaluate.Core.Components;
using Evaluate.Core.Models;

namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// A model behind an OpenAI-compatible HTTP API (thin HttpClient + System.Text.Json: the official SDK exposes no <c>n</c>).
/// Asks for n choices in one call; when a server refuses n &gt; 1 or silently returns fewer choices, it falls back to
/// single-choice calls with seeds Seed+i and remembers that for later calls. Whether it refuses is decided once per
/// endpoint (<see cref="ChoiceCountDecision"/>), however many calls are in flight.
/// </summary>
public sealed class OpenAiCompatibleModel : IModelAdapter, IContinuationLimits, IDisposable
{
    private readonly OpenAiCompatibleOptions _options;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly ServerIdentity _server;
    private readonly OpenAiHttpTransport _transport;
    private readonly ChoiceCountDecision _choices = new();

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
        var retry = new RetryLoop(options.MaxAttempts, options.InitialRetryDelay, options.MaxRetryDelay, options.MaxRetryAfter, options.Delay);
        _transport = new OpenAiHttpTransport(_http, url, apiKey, _server, options.AttemptTimeout, retry, options.Stream, options.Endpoint == OpenAiEndpoint.Chat,
            options.IdleTimeout, options.BreakDuration);

        var endpoint = options.Endpoint == OpenAiEndpoint.Chat ? "chat" : "completions";
        Descriptor = ComponentDescriptor.Of(
            "openai",
            $"{options.ModelName} @ {_server.Host} (OpenAI-compatible)",
            [("model", options.ModelName), ("endpoint", endpoint), .. options.Thinking.Parameters()]) with
        {
            // The endpoint is where the model runs, not what it is: recorded, but outside its identity.
            Deployment = ComponentDescriptor.Sorted(("base_url", _server.SafeBaseUrl)),
        };
    }

    public ComponentDescriptor Descriptor { get; }

    public bool SupportsContinuation => true;

    public string? CannotContinueThought => ContinuationLimit.Of(_options.Endpoint);

    /// <summary>True once the server has shown it cannot return several choices per call.</summary>
    public bool UsesSingleChoiceCalls => _choices.SingleOnly;

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
        // Again only when another call's check of n > 1 came to nothing (its n-choice request was answered after all,
        // or its check failed): this call then asks for n choices once more, as if it were the first.
        while (request.N > 1 && await _choices.MaySendSeveralAsync(cancellationToken).ConfigureAwait(false))
        {
            var caller = new object();
            List<Completion>? decided;
            try
            {
                // One call with n choices sends seed=Seed: the server is assumed to derive per-choice seeds itself
                // (vLLM does), so choice i matches sample i only as far as the server keeps that promise. A 5xx is
                // retried like any other (a flaky server must not change how many calls a run makes) unless another
                // call is already checking whether the endpoint refuses n > 1: then this one waits for its decision.
                var batch = await CallAsync(request, request.N, request.Seed, tally, cancellationToken, () => _choices.Claim(caller)).ConfigureAwait(false);
                _choices.Undecided(caller);
                if (batch.Count >= request.N) return batch.Take(request.N).ToList();

                // Fewer choices than asked (Ollama ignores n): the first one is what a single seed=Seed call gives.
                _choices.Single();
                completions.AddRange(batch.Take(1));
                break;
            }
            catch (ChoiceCountRefusedException refusal) when (refusal.Certain)
            {
                _choices.Single();
                break;
            }
            catch (ChoiceCountRefusedException)
            {
                // A 4xx to an n-choice request: settled once for the endpoint.
                decided = await DecideAsync(request, caller, tally, cancellationToken).ConfigureAwait(false);
            }
            catch (ChoiceDecisionPendingException)
            {
                // A 5xx while another call checks: its decision, or (nothing decided) this request again.
                decided = await _choices.DecisionAsync(cancellationToken).ConfigureAwait(false) ? [] : null;
            }
            catch (ModelCallException e) when (e.StatusCode >= 500 && !cancellationToken.IsCancellationRequested)
            {
                // Every attempt of the n-choice request failed with a 5xx: checked as a possible refusal of n > 1.
                decided = await DecideAsync(request, caller, tally, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                // Failed otherwise (cancelled, a 429 on the last attempt): a check this call had begun is not made.
                _choices.Undecided(caller);
                throw;
            }
            if (decided is null)
            {
                tally.Repeating();
                continue;
            }
            completions.AddRange(decided);
            break;
        }

        for (var i = completions.Count; i < request.N; i++)
            completions.Add(await SingleAsync(request, i, tally, cancellationToken).ConfigureAwait(false));
        return completions;
    }

    /// <summary>
    /// Whether the endpoint refuses n &gt; 1, decided once: the deciding call sends one single-choice request (its own
    /// sample 0); if that is answered, the endpoint gets single-choice calls from then on (the answer is returned). Other
    /// calls wait for that decision: empty when the endpoint is single-choice, null when nothing was decided.
    /// </summary>
    private async Task<List<Completion>?> DecideAsync(GenerationRequest request, object caller, CallTally tally, CancellationToken cancellationToken)
    {
        if (!_choices.Claim(caller))
            return await _choices.DecisionAsync(cancellationToken).ConfigureAwait(false) ? [] : null;
        Completion first;
        try
        {
            first = await SingleAsync(request, 0, tally, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _choices.Undecided(caller);
            throw;
        }
        _choices.Single();
        return [first];
    }

    private async Task<Completion> SingleAsync(GenerationRequest request, int sample, CallTally tally, CancellationToken cancellationToken)
    {
        var single = await CallAsync(request, 1, request.Seed + sample, tally, cancellationToken).ConfigureAwait(false);
        return single.Count > 0 ? single[0] : throw new ModelCallException($"{_server.Description} returned no choices.", isTransient: false);
    }

    private async Task<IReadOnlyList<Completion>> CallAsync(GenerationRequest request, int choices, long seed, CallTally tally, CancellationToken cancellationToken,
        Func<bool>? keepRetrying = null)
    {
        var body = OpenAiRequestBody.Build(_options, request, choices, seed);
        var response = await _transport.PostAsync(body, choices, tally, cancellationToken, keepRetrying).ConfigureAwait(false);

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
