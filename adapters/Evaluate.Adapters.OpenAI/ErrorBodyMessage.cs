using System.Text.Json;
using System.Text.Json.Nodes;

namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// Extracts the human message from an error body in any of the shapes servers use:
/// nested <c>{"error":{"message":…}}</c> (OpenAI, llama.cpp), flat <c>{"object":"error","message":…}</c> (vLLM),
/// <c>{"error":"…"}</c> (Ollama), <c>{"detail":…}</c> (FastAPI), or plain text. Secrets are redacted before the
/// message is cut to length, so a key straddling the cut can never survive in part.
/// </summary>
internal static class ErrorBodyMessage
{
    private const int MaxLength = 500;

    public static string Extract(string body, Func<string, string> redact)
    {
        if (string.IsNullOrWhiteSpace(body)) return "(empty body)";
        body = redact(body);
        try
        {
            if (JsonNode.Parse(body) is JsonObject obj)
            {
                var message = obj["error"]?["message"].AsText() ?? obj["error"].AsString() ?? obj["message"].AsText() ?? obj["detail"].AsText();
                // The message again: JSON escapes may have spelt the secret differently in the raw body.
                if (!string.IsNullOrWhiteSpace(message)) return Shorten(redact(message));
            }
        }
        catch (JsonException)
        {
            // Not JSON: the plain text is the message.
        }
        return Shorten(body.Trim());
    }

    private static string Shorten(string text) => text.Length <= MaxLength ? text : text[..MaxLength] + "…";
}
