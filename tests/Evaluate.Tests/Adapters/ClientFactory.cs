using Evaluate.Adapters.OpenAI;
using Evaluate.Core.Models;

namespace Evaluate.Tests.Adapters;

/// <summary>Adapters pointed at a scripted server, with retry waits recorded instead of slept.</summary>
internal static class ClientFactory
{
    public static OpenAiCompatibleModel Create(string baseUrl, List<TimeSpan>? recordedDelays = null,
        OpenAiEndpoint endpoint = OpenAiEndpoint.Chat, string keyVariable = "EVALUATE_TEST_NO_SUCH_KEY", int maxAttempts = 3,
        TimeSpan? attemptTimeout = null, TimeSpan? breakDuration = null)
    {
        var options = new OpenAiCompatibleOptions
        {
            BaseUrl = baseUrl,
            ModelName = "test-model",
            Endpoint = endpoint,
            ApiKeyEnvironmentVariable = keyVariable,
            MaxAttempts = maxAttempts,
            AttemptTimeout = attemptTimeout ?? TimeSpan.FromSeconds(30),
            InitialRetryDelay = TimeSpan.FromMilliseconds(1),
            Delay = (wait, _) =>
            {
                lock (recordedDelays ?? []) recordedDelays?.Add(wait);
                return Task.CompletedTask;
            },
        };
        return new(breakDuration is null ? options : options with { BreakDuration = breakDuration.Value });
    }

    public static GenerationRequest Request(int n = 1, long seed = 1000, string? prefix = null, int? topLogprobs = null, params string[] stop) => new()
    {
        Messages = [ChatMessage.System("Be brief."), ChatMessage.User("What is 6*7?")],
        AssistantPrefix = prefix,
        N = n,
        Temperature = 0.7,
        TopP = 0.95,
        Seed = seed,
        MaxTokens = 321,
        Stop = stop,
        TopLogprobs = topLogprobs,
    };
}
