using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Evaluate.Core.Models;

namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// POSTs one JSON body with a per-attempt timeout and retries, and turns every failure into a
/// <see cref="ModelCallException"/> (or <see cref="ChoiceCountRefusedException"/>). The key is only ever put into the header.
/// </summary>
internal sealed class OpenAiHttpTransport(HttpClient http, Uri url, string? apiKey, ServerIdentity server, TimeSpan attemptTimeout, RetryLoop retry,
    bool stream = false, bool chat = true)
{
    /// <summary>Set once the server has answered: until then an unreachable server fails the run fast (no retries).</summary>
    private volatile bool _hasAnswered;

    private readonly EndpointBreaker _breaker = new(server);

    /// <summary>Requests in flight to this endpoint: halved on rate limits, recovering slowly.</summary>
    public AdaptiveConcurrency Concurrency { get; } = new(MaxInFlight);

    /// <summary>Most requests in flight to one endpoint (the run's concurrency is usually far lower).</summary>
    public const int MaxInFlight = 256;

    public async Task<JsonObject> PostAsync(JsonObject body, int requestedChoices, CallTally tally, CancellationToken cancellationToken)
    {
        var payload = body.ToJsonString();
        var first = true;
        var answer = await retry.RunAsync(token => _breaker.RunAsync(async attemptToken =>
        {
            using var lease = await Concurrency.EnterAsync(attemptToken).ConfigureAwait(false);
            tally.Attempt(isRetry: !first);
            first = false;
            try
            {
                var response = await PostOnceAsync(payload, requestedChoices, attemptToken).ConfigureAwait(false);
                Concurrency.Answered();
                return response;
            }
            catch (ModelCallException e) when (e.StatusCode == 429)
            {
                Concurrency.RateLimited(DateTimeOffset.UtcNow);
                throw;
            }
        }, token), cancellationToken).ConfigureAwait(false);
        tally.Answer();
        return answer;
    }

    private async Task<JsonObject> PostOnceAsync(string payload, int requestedChoices, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(attemptTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        if (!string.IsNullOrEmpty(apiKey)) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);

        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            _hasAnswered = true;
            var text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode) throw HttpFailureClassifier.Classify(response, text, requestedChoices, server);
            if (stream && response.Content.Headers.ContentType?.MediaType == "text/event-stream")
                return StreamedResponse.Assemble(text, chat, problem => new ModelCallException(
                    $"{server.Description} sent a broken stream ({problem}).", isTransient: true, statusCode: (int)response.StatusCode));
            return ParseSuccess(text, (int)response.StatusCode);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ModelCallException($"{server.Description} did not answer within {attemptTimeout}.", isTransient: true, inner: e);
        }
        catch (HttpRequestException e)
        {
            // Connection refused, reset, DNS. A server that has answered before may be restarting: retry. One that never
            // answered is a wrong URL or a dead endpoint: fail at once, so a run stops within seconds, not minutes.
            var message = $"{server.Description} could not be reached: {server.Redact(e.Message)}";
            var unreachable = e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError;
            if (unreachable && !_hasAnswered) throw new ModelCallException(message, isTransient: false, inner: e, isPermanentForRun: true);
            // A reset or a response cut off mid-way is a fault on the way: retry.
            throw new ModelCallException(message, isTransient: true, inner: e);
        }
    }

    private JsonObject ParseSuccess(string text, int status)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            // A success whose body is cut off or garbled is a fault on the way, not an answer: try again.
            throw new ModelCallException($"{server.Description} returned HTTP {status} with a body that is not JSON (cut off?): {ErrorBodyMessage.Extract(text, server.Redact)}", isTransient: true, statusCode: status);
        }
        if (root is not JsonObject obj)
            throw new ModelCallException($"{server.Description} returned HTTP {status} with a JSON body that is not an object.", isTransient: false, statusCode: status);
        // Some servers report failures inside a 200 response; treat them like a 500.
        if (obj["choices"] is null && obj["error"] is not null)
            throw new ModelCallException($"{server.Description} returned an error: {ErrorBodyMessage.Extract(text, server.Redact)}", isTransient: true, statusCode: status);
        return obj;
    }
}
