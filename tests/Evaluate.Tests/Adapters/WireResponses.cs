using System.Text.Json.Nodes;

namespace Evaluate.Tests.Adapters;

/// <summary>Builds response bodies in the shapes real servers send, so tests read as "the server said X".</summary>
internal static class WireResponses
{
    public static JsonObject ChatMessage(string? content, string? reasoningContent = null, string? reasoning = null)
    {
        var message = new JsonObject { ["role"] = "assistant", ["content"] = content };
        if (reasoningContent is not null) message["reasoning_content"] = reasoningContent;
        if (reasoning is not null) message["reasoning"] = reasoning;
        return message;
    }

    public static JsonObject ChatChoice(int index, JsonObject message, JsonNode? finishReason, JsonNode? logprobs = null) => new()
    {
        ["index"] = index,
        ["message"] = message,
        ["logprobs"] = logprobs,
        ["finish_reason"] = finishReason,
    };

    public static JsonObject Chat(IEnumerable<JsonObject> choices, JsonObject? usage) => new()
    {
        ["id"] = "chatcmpl-test",
        ["object"] = "chat.completion",
        ["model"] = "test-model",
        ["choices"] = new JsonArray(choices.Cast<JsonNode?>().ToArray()),
        ["usage"] = usage,
    };

    /// <summary>A one-choice chat response with content and finish reason "stop".</summary>
    public static JsonObject Chat(string content, JsonObject? usage = null) =>
        Chat([ChatChoice(0, ChatMessage(content), "stop")], usage ?? Usage(12, 7));

    /// <summary>A chat response with n choices whose content is "answer {i}".</summary>
    public static JsonObject ChatWithChoices(int n) =>
        Chat(Enumerable.Range(0, n).Select(i => ChatChoice(i, ChatMessage($"answer {i}"), "stop")), Usage(12, 7 * n));

    public static JsonObject Completions(string text, JsonNode? finishReason = null, JsonNode? logprobs = null) => new()
    {
        ["id"] = "cmpl-test",
        ["object"] = "text_completion",
        ["model"] = "test-model",
        ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["text"] = text, ["logprobs"] = logprobs, ["finish_reason"] = finishReason ?? "stop" }),
        ["usage"] = Usage(12, 7),
    };

    public static JsonObject Usage(int prompt, int completion, int? reasoning = null)
    {
        var usage = new JsonObject { ["prompt_tokens"] = prompt, ["completion_tokens"] = completion, ["total_tokens"] = prompt + completion };
        if (reasoning is int r) usage["completion_tokens_details"] = new JsonObject { ["reasoning_tokens"] = r };
        return usage;
    }
}
