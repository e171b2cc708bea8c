using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Evaluate.Core.Models;

namespace Evaluate.Adapters.Cache;

/// <summary>
/// The cache key of a request: SHA-256 of the model's logical identity (its name and parameters, never its endpoint URL
/// or key) and the full request — messages, the partial answer being continued, n, temperature, top_p, seed, stop
/// sequences, the token limit and the logprobs asked for. n samples with seeds S..S+n-1 are one entry, never one sample.
/// </summary>
public static class CacheKey
{
    public static string Of(string model, GenerationRequest request)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("model", model);
            json.WriteStartArray("messages");
            foreach (var m in request.Messages)
            {
                json.WriteStartObject();
                json.WriteString("role", m.Role);
                json.WriteString("content", m.Content);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("prefix", request.AssistantPrefix);
            json.WriteNumber("n", request.N);
            json.WriteNumber("temperature", request.Temperature);
            json.WriteNumber("top_p", request.TopP);
            json.WriteNumber("seed", request.Seed);
            json.WriteStartArray("stop");
            foreach (var s in request.Stop) json.WriteStringValue(s);
            json.WriteEndArray();
            json.WriteNumber("max_tokens", request.MaxTokens);
            if (request.TopLogprobs is { } top) json.WriteNumber("top_logprobs", top);
            else json.WriteNull("top_logprobs");
            json.WriteEndObject();
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }
}
