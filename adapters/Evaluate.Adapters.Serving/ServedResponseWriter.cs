using System.Text;
using System.Text.Json.Nodes;
using Evaluate.Core.Models;

namespace Evaluate.Adapters.Serving;

/// <summary>Writes a <see cref="GenerationResult"/> in the OpenAI response shapes for chat and legacy completions.</summary>
internal static class ServedResponseWriter
{
    public static JsonObject Chat(GenerationResult result, string modelName)
    {
        var choices = new JsonArray();
        foreach (var (completion, index) in result.Completions.Select((c, i) => (c, i)))
        {
            var message = new JsonObject { ["role"] = "assistant", ["content"] = completion.Text };
            if (completion.Reasoning is not null) message["reasoning_content"] = completion.Reasoning;
            choices.Add(new JsonObject
            {
                ["index"] = index,
                ["message"] = message,
                ["logprobs"] = completion.Logprobs is null ? null : ChatLogprobs(completion.Logprobs),
                ["finish_reason"] = completion.FinishReason,
            });
        }
        return Envelope("chatcmpl", "chat.completion", modelName, choices, result);
    }

    public static JsonObject Completions(GenerationResult result, string modelName)
    {
        var choices = new JsonArray();
        foreach (var (completion, index) in result.Completions.Select((c, i) => (c, i)))
        {
            var choice = new JsonObject
            {
                ["index"] = index,
                ["text"] = completion.Text,
                ["logprobs"] = completion.Logprobs is null ? null : CompletionsLogprobs(completion.Logprobs),
                ["finish_reason"] = completion.FinishReason,
            };
            // Not in the legacy schema, but without it reasoning would be lost on the way through.
            if (completion.Reasoning is not null) choice["reasoning_content"] = completion.Reasoning;
            choices.Add(choice);
        }
        return Envelope("cmpl", "text_completion", modelName, choices, result);
    }

    public static JsonObject Models(string modelName) => new()
    {
        ["object"] = "list",
        ["data"] = new JsonArray(Model(modelName)),
    };

    /// <summary>One model object, as <c>GET /v1/models/{id}</c> answers and the list holds.</summary>
    public static JsonObject Model(string modelName) => new()
    {
        ["id"] = modelName,
        ["object"] = "model",
        ["created"] = 0,
        ["owned_by"] = "evaluate",
    };

    private static JsonObject Envelope(string idPrefix, string objectType, string modelName, JsonArray choices, GenerationResult result) => new()
    {
        ["id"] = $"{idPrefix}-{Guid.NewGuid():N}",
        ["object"] = objectType,
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["model"] = modelName,
        ["choices"] = choices,
        ["usage"] = Usage(result.Completions),
    };

    /// <summary>Prompt tokens are per call (every completion carries the same prompt); completion tokens sum over choices.</summary>
    public static JsonObject Usage(IReadOnlyList<Completion> completions)
    {
        var prompt = completions.Count == 0 ? 0 : completions.Max(c => c.Usage.PromptTokens);
        var completion = completions.Sum(c => c.Usage.CompletionTokens);
        return new JsonObject
        {
            ["prompt_tokens"] = prompt,
            ["completion_tokens"] = completion,
            ["total_tokens"] = prompt + completion,
            ["completion_tokens_details"] = new JsonObject { ["reasoning_tokens"] = completions.Sum(c => c.Usage.ReasoningTokens) },
        };
    }

    /// <summary>Logprobs in the chat or the legacy completions shape.</summary>
    public static JsonObject Logprobs(IReadOnlyList<TokenLogprob> logprobs, bool chat) => chat ? ChatLogprobs(logprobs) : CompletionsLogprobs(logprobs);

    private static JsonObject ChatLogprobs(IReadOnlyList<TokenLogprob> logprobs)
    {
        var content = new JsonArray();
        foreach (var token in logprobs)
        {
            var top = new JsonArray();
            foreach (var (alternative, logprob) in token.TopAlternatives)
                top.Add(new JsonObject { ["token"] = alternative, ["logprob"] = logprob, ["bytes"] = Bytes(alternative) });
            content.Add(new JsonObject { ["token"] = token.Token, ["logprob"] = token.Logprob, ["bytes"] = Bytes(token.Token), ["top_logprobs"] = top });
        }
        return new JsonObject { ["content"] = content };
    }

    private static JsonObject CompletionsLogprobs(IReadOnlyList<TokenLogprob> logprobs)
    {
        var tokens = new JsonArray();
        var values = new JsonArray();
        var tops = new JsonArray();
        foreach (var token in logprobs)
        {
            tokens.Add(token.Token);
            values.Add(token.Logprob);
            var top = new JsonObject();
            foreach (var (alternative, logprob) in token.TopAlternatives) top[alternative] = logprob;
            tops.Add(top);
        }
        return new JsonObject { ["tokens"] = tokens, ["token_logprobs"] = values, ["top_logprobs"] = tops };
    }

    private static JsonArray Bytes(string token) => new(Encoding.UTF8.GetBytes(token).Select(b => (JsonNode?)JsonValue.Create((int)b)).ToArray());
}
