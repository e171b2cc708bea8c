using System.Text.Json.Nodes;
using Evaluate.Core.Models;

namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// Builds the JSON body of one call. Sampling parameters are always explicit because server defaults differ
/// (Ollama and llama.cpp default to temperature 0.8, vLLM reads generation_config.json).
/// </summary>
internal static class OpenAiRequestBody
{
    public static JsonObject Build(OpenAiCompatibleOptions options, GenerationRequest request, int choices, long seed)
    {
        var body = new JsonObject
        {
            ["model"] = options.ModelName,
            ["n"] = choices,
            ["temperature"] = request.Temperature,
            ["top_p"] = request.TopP,
            ["seed"] = seed,
            [options.TokenLimitField] = request.MaxTokens,
            ["stream"] = options.Stream,
        };
        // Usage arrives in a final chunk only when asked for.
        if (options.Stream) body["stream_options"] = new JsonObject { ["include_usage"] = true };
        if (request.Stop.Count > 0)
            body["stop"] = new JsonArray(request.Stop.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());

        options.Thinking.AddTo(body);
        if (options.Endpoint == OpenAiEndpoint.Chat) AddChatFields(body, request);
        else AddCompletionsFields(body, request, options.PromptTemplate);
        return body;
    }

    private static void AddChatFields(JsonObject body, GenerationRequest request)
    {
        var messages = new JsonArray();
        foreach (var message in request.Messages)
            messages.Add(new JsonObject { ["role"] = message.Role, ["content"] = message.Content });

        if (request.AssistantPrefix is not null)
        {
            // vLLM/SGLang continue the last assistant message instead of opening a new turn with these two flags.
            messages.Add(new JsonObject { ["role"] = "assistant", ["content"] = request.AssistantPrefix });
            body["continue_final_message"] = true;
            body["add_generation_prompt"] = false;
        }
        body["messages"] = messages;

        if (request.TopLogprobs is int k)
        {
            body["logprobs"] = true;
            body["top_logprobs"] = k;
        }
    }

    private static void AddCompletionsFields(JsonObject body, GenerationRequest request, IChatPromptTemplate template)
    {
        body["prompt"] = template.Render(request.Messages, request.AssistantPrefix);
        if (request.TopLogprobs is int k) body["logprobs"] = k;
    }
}
