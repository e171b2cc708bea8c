using System.Globalization;
using Evaluate.Adapters.OpenAI;
using Evaluate.Core.Components;
using Evaluate.Core.Models;

namespace Evaluate.Cli.Composition;

/// <summary>
/// Builds the OpenAI-compatible HTTP adapter from --base-url, --model-name and the spec's parameters
/// (<c>openai:endpoint=completions,api_key_env=MY_KEY,timeout=900,attempts=5,token_field=max_completion_tokens</c>).
/// </summary>
public static class OpenAiModelFactory
{
    public static IModelAdapter Create(ComponentSpec spec, string? modelName, string? baseUrl, ITokenCounter tokenCounter)
    {
        spec.RequireKnown("endpoint", "api_key_env", "timeout", "attempts", "token_field", "base_url", "model");
        var url = baseUrl ?? spec.Get("base_url") ?? Environment.GetEnvironmentVariable("OPENAI_BASE_URL")
            ?? throw new ArgumentException("the openai adapter needs --base-url (e.g. http://127.0.0.1:8000/v1) or OPENAI_BASE_URL");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new ArgumentException($"--base-url must be an http(s) URL, got '{url}'");
        var endpoint = spec.Get("endpoint") switch
        {
            null or "chat" => OpenAiEndpoint.Chat,
            "completions" => OpenAiEndpoint.Completions,
            var other => throw new ArgumentException($"openai: endpoint must be 'chat' or 'completions', got '{other}'"),
        };
        return new OpenAiCompatibleModel(new OpenAiCompatibleOptions
        {
            BaseUrl = url,
            ModelName = modelName ?? spec.Get("model") ?? "default",
            ApiKeyEnvironmentVariable = spec.Get("api_key_env") ?? "OPENAI_API_KEY",
            Endpoint = endpoint,
            AttemptTimeout = TimeSpan.FromSeconds(spec.GetDouble("timeout", 600)),
            MaxAttempts = spec.GetInt("attempts", 5),
            TokenLimitField = spec.Get("token_field") ?? "max_tokens",
            TokenCounter = tokenCounter,
        });
    }

}
