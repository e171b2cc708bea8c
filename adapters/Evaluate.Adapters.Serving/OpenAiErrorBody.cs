using System.Text.Json.Nodes;

namespace Evaluate.Adapters.Serving;

/// <summary>The nested OpenAI error shape, <c>{"error":{"message","type","param","code"}}</c>, which every client understands.</summary>
internal static class OpenAiErrorBody
{
    public static JsonObject Create(string message, string type, int code) => new()
    {
        ["error"] = new JsonObject
        {
            ["message"] = message,
            ["type"] = type,
            ["param"] = null,
            ["code"] = code,
        },
    };
}
