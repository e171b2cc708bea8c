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
internal sealed class OpenAiHttpTransport(HttpClient http, Uri url, string? apiKey, ServerIdentity server, TimeSpan attemptTimeout, RetryLoop retry)
{
    public Task<JsonObject> PostAsync(JsonObject body, int requestedChoices, CallTally tally, CancellationToken cancellationToken)
    {
        var payload = body.ToJsonString();
        return retry.RunAsync(token =>
        {
            tally.Add();
            return PostOnceAsync(payload, requestedChoices, token);
        }, cancellationToken);
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
            var text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode) throw HttpFailureClassifier.Classify(response, text, requestedChoices, server);
            return ParseSuccess(text, (int)response.StatusCode);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ModelCallException($"{server.Description} did not answer within {attemptTimeout}.", isTransient: true, inner: e);
        }
        catch (HttpRequestException e)
        {
            // Connection refused, reset, DNS: the server may be starting or restarting.
            throw new ModelCallException($"{server.Description} could not be reached: {server.Redact(e.Message)}", isTransient: true, inner: e);
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
            throw new ModelCallException($"{server.Description} returned HTTP {status} with a body that is not JSON: {server.Redact(ErrorBodyMessage.Extract(text))}", isTransient: false, statusCode: status);
        }
        if (root is not JsonObject obj)
            throw new ModelCallException($"{server.Description} returned HTTP {status} with a JSON body that is not an object.", isTransient: false, statusCode: status);
        // Some servers report failures inside a 200 response; treat them like a 500.
        if (obj["choices"] is null && obj["error"] is not null)
            throw new ModelCallException($"{server.Description} returned an error: {server.Redact(ErrorBodyMessage.Extract(text))}", isTransient: true, statusCode: status);
        return obj;
    }
}
