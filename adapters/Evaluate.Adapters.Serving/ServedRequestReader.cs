using System.Text.Json;
using System.Text.Json.Nodes;
using Evaluate.Adapters.OpenAI;
using Evaluate.Core.Models;

namespace Evaluate.Adapters.Serving;

/// <summary>
/// Turns an OpenAI request body into a <see cref="GenerationRequest"/>. Unset sampling fields take the OpenAI API
/// defaults (temperature 1, top_p 1); fields of the wrong type are rejected rather than guessed.
/// </summary>
internal static class ServedRequestReader
{
    private const int MaxChoices = 128;

    public static JsonObject ParseBody(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject ?? throw new InvalidServedRequestException("The request body must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw new InvalidServedRequestException($"The request body is not valid JSON: {e.Message}");
        }
    }

    public static GenerationRequest FromChat(JsonObject body)
    {
        if (body["messages"] is not JsonArray array || array.Count == 0)
            throw new InvalidServedRequestException("'messages' must be a non-empty array.");
        var messages = array.Select(ReadMessage).ToList();

        string? prefix = null;
        if (Optional(body, "continue_final_message", n => n.AsBool()) == true)
        {
            if (messages[^1].Role != "assistant")
                throw new InvalidServedRequestException("'continue_final_message' needs a final assistant message to continue.");
            prefix = messages[^1].Content;
            messages.RemoveAt(messages.Count - 1);
        }

        int? topLogprobs = null;
        if (Optional(body, "logprobs", n => n.AsBool()) == true)
            topLogprobs = Optional(body, "top_logprobs", n => n.AsInt()) ?? 0;

        return Sampling(body, messages, prefix, topLogprobs);
    }

    public static GenerationRequest FromCompletions(JsonObject body)
    {
        var prompt = body["prompt"].AsString()
            ?? (body["prompt"] is JsonArray { Count: 1 } single ? single[0].AsString() : null)
            ?? throw new InvalidServedRequestException("'prompt' must be a string.");
        var topLogprobs = Optional(body, "logprobs", n => n.AsInt());
        return Sampling(body, [ChatMessage.User(prompt)], null, topLogprobs);
    }

    private static GenerationRequest Sampling(JsonObject body, IReadOnlyList<ChatMessage> messages, string? prefix, int? topLogprobs)
    {
        var n = Optional(body, "n", v => v.AsInt()) ?? 1;
        if (n is < 1 or > MaxChoices) throw new InvalidServedRequestException($"'n' must be between 1 and {MaxChoices}.");
        var maxTokens = Optional(body, "max_tokens", v => v.AsInt()) ?? Optional(body, "max_completion_tokens", v => v.AsInt()) ?? 4096;
        if (maxTokens < 1) throw new InvalidServedRequestException("'max_tokens' must be at least 1.");
        var temperature = Optional(body, "temperature", v => v.AsDouble()) ?? 1.0;
        if (temperature < 0) throw new InvalidServedRequestException("'temperature' must not be negative.");
        var topP = Optional(body, "top_p", v => v.AsDouble()) ?? 1.0;
        if (topP is <= 0 or > 1) throw new InvalidServedRequestException("'top_p' must be in (0, 1].");
        if (topLogprobs is < 0) throw new InvalidServedRequestException("'top_logprobs' must not be negative.");

        return new GenerationRequest
        {
            Messages = messages,
            AssistantPrefix = prefix,
            N = n,
            Temperature = temperature,
            TopP = topP,
            Seed = Optional(body, "seed", v => v.AsLong()) ?? 0,
            MaxTokens = maxTokens,
            Stop = ReadStop(body["stop"]),
            TopLogprobs = topLogprobs,
        };
    }

    private static ChatMessage ReadMessage(JsonNode? node)
    {
        var role = node?["role"].AsString() ?? throw new InvalidServedRequestException("Every message needs a string 'role'.");
        var content = node["content"];
        if (content is JsonArray parts)
            return new ChatMessage(role, string.Concat(parts.Select(p => p?["text"].AsString() ?? "")));
        return new ChatMessage(role, content.AsString() ?? (content is null ? "" : throw new InvalidServedRequestException("Message 'content' must be a string or an array of text parts.")));
    }

    private static IReadOnlyList<string> ReadStop(JsonNode? stop) => stop switch
    {
        null => [],
        JsonArray items => items.Select(i => i.AsString() ?? throw new InvalidServedRequestException("'stop' must be a string or an array of strings.")).ToList(),
        _ => [stop.AsString() ?? throw new InvalidServedRequestException("'stop' must be a string or an array of strings.")],
    };

    /// <summary>Absent or null means unset; present with the wrong type is an error, not a silent default.</summary>
    private static T? Optional<T>(JsonObject body, string name, Func<JsonNode, T?> read) where T : struct
    {
        var node = body[name];
        if (node is null) return null;
        return read(node) ?? throw new InvalidServedRequestException($"'{name}' has the wrong type.");
    }
}
