using System.Net;
using System.Text.RegularExpressions;
using Evaluate.Core.Models;

namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// Decides what an unsuccessful HTTP status means: transient (408, 409, 429, 5xx: retry), permanent (other 4xx; 401,
/// 403 and 404 for the whole run), or a possible refusal of n &gt; 1: a refusal in words, or any other 4xx to a request for
/// several choices, which the adapter checks with one single-choice request before falling back to single-choice calls
/// (a 5xx is retried first: the adapter checks it only when every attempt failed).
/// </summary>
internal static partial class HttpFailureClassifier
{
    public static Exception Classify(HttpResponseMessage response, string body, int requestedChoices, ServerIdentity server)
    {
        var status = (int)response.StatusCode;
        var detail = ErrorBodyMessage.Extract(body, server.Redact);

        if (requestedChoices > 1 && (IsChoiceCountRefusal(status, detail) || (status is >= 400 and < 500 && status is not (408 or 429))))
            return new ChoiceCountRefusedException(detail, certain: IsChoiceCountRefusal(status, detail));

        var transient = IsTransient(response.StatusCode);
        var message = $"{server.Description} returned HTTP {status} ({response.ReasonPhrase ?? response.StatusCode.ToString()}): {detail}";
        return new ModelCallException(message, transient, status, transient ? RetryAfter(response) : null,
            isPermanentForRun: status is 401 or 403 or 404);
    }

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.Conflict or HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>Refusals mention the choice count: "Only one completion choice is allowed", "n must be 1", "'n' is not supported".</summary>
    private static bool IsChoiceCountRefusal(int status, string message) =>
        status is 400 or 422 or 500 or 501 && ChoiceCountPattern().IsMatch(message);

    [GeneratedRegex(@"\bchoices?\b|(?<![\w-])['""`]?n['""`]?\s*(?:must\b|should\b|is\b|not\b|only\b|cannot\b|can't\b|[=<>])", RegexOptions.IgnoreCase)]
    private static partial Regex ChoiceCountPattern();

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is TimeSpan delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is DateTimeOffset date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }
}
