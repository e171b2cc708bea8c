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
/// <param name="idleTimeout">Longest silence allowed once the server has begun to answer, and before the first byte of a streamed answer.</param>
internal sealed class OpenAiHttpTransport(HttpClient http, Uri url, string? apiKey, ServerIdentity server, TimeSpan attemptTimeout, RetryLoop retry,
    bool stream, bool chat, TimeSpan idleTimeout, TimeSpan breakDuration)
{
    /// <summary>Set once the server has answered: until then an unreachable server fails the run fast (no retries).</summary>
    private volatile bool _hasAnswered;

    private readonly EndpointBreaker _breaker = new(server, breakDuration);

    /// <summary>Requests in flight to this endpoint: halved on rate limits, recovering slowly.</summary>
    public AdaptiveConcurrency Concurrency { get; } = new(MaxInFlight);

    /// <summary>Most requests in flight to one endpoint (the run's concurrency is usually far lower).</summary>
    public const int MaxInFlight = 256;

    /// <param name="keepRetrying">For a request for several choices: asked when an attempt fails in a way that may be a
    /// refusal of n &gt; 1 (a 5xx); false stops the retries at once with a <see cref="ChoiceDecisionPendingException"/>
    /// (another call is already checking whether the endpoint refuses n &gt; 1).</param>
    public async Task<JsonObject> PostAsync(JsonObject body, int requestedChoices, CallTally tally, CancellationToken cancellationToken, Func<bool>? keepRetrying = null)
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
            catch (ModelCallException e) when (requestedChoices > 1 && e.StatusCode >= 500 && keepRetrying?.Invoke() == false)
            {
                throw new ChoiceDecisionPendingException(e.Message);
            }
        }, severalChoices: requestedChoices > 1, token), cancellationToken).ConfigureAwait(false);
        tally.Answer();
        return answer;
    }

    private async Task<JsonObject> PostOnceAsync(string payload, int requestedChoices, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(attemptTimeout);
        // A second clock, restarted by every byte: a server that accepts the connection and then falls silent ends the
        // attempt after idleTimeout, not after the (long) attempt timeout. A non-streamed answer is computed before its
        // first byte is sent, so there the wait for the first byte is the attempt timeout's alone.
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
        if (stream) idle.CancelAfter(idleTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        if (!string.IsNullOrEmpty(apiKey)) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);

        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, idle.Token).ConfigureAwait(false);
            _hasAnswered = true;
            var text = await ReadBodyAsync(response.Content, idle).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode) throw HttpFailureClassifier.Classify(response, text, requestedChoices, server);
            if (stream && response.Content.Headers.ContentType?.MediaType == "text/event-stream")
                return StreamedResponse.Assemble(text, chat, problem => new ModelCallException(
                    $"{server.Description} sent a broken stream ({problem}).", isTransient: true, statusCode: (int)response.StatusCode));
            return ParseSuccess(text, (int)response.StatusCode);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested && !timeout.IsCancellationRequested)
        {
            throw new ModelCallException($"{server.Description} sent nothing for {Seconds(idleTimeout)} s (idle timeout).", isTransient: true, inner: e);
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
        catch (IOException e)
        {
            // The body was cut off mid-way (the connection dropped while reading): a fault on the way.
            throw new ModelCallException($"{server.Description} could not be reached: {server.Redact(e.Message)}", isTransient: true, inner: e);
        }
    }

    /// <summary>Reads the whole body, restarting the idle clock with every chunk received.</summary>
    private async Task<string> ReadBodyAsync(HttpContent content, CancellationTokenSource idle)
    {
        idle.CancelAfter(idleTimeout);
        await using var body = await content.ReadAsStreamAsync(idle.Token).ConfigureAwait(false);
        using var bytes = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(buffer, idle.Token).ConfigureAwait(false)) > 0)
        {
            bytes.Write(buffer, 0, read);
            idle.CancelAfter(idleTimeout);
        }
        var data = bytes.GetBuffer().AsSpan(0, (int)bytes.Length);
        return Encoding.UTF8.GetString(data.StartsWith(Encoding.UTF8.Preamble) ? data[Encoding.UTF8.Preamble.Length..] : data);
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

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
