using System.Text.Json.Nodes;

namespace Evaluate.Adapters.Serving;

/// <summary>The nested OpenAI error shape, <c>{"error":{"message","type","param","code"}}</c>, which every client understands.</summary>
/// <remarks><c>code</c> is a string (<c>"model_not_found"</c>, <c>"rate_limit_exceeded"</c>): OpenAI's SDKs type it so and fail to read a number.</remarks>
internal static class OpenAiErrorBody
{
    public static JsonObject Create(string message, string type, string code) => new()
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
