using Evaluate.Core.Components;
using Evaluate.Core.Models;

namespace Evaluate.Cli.Composition;

/// <summary>Builds the OpenAI-compatible HTTP adapter from --base-url, --model-name and the API key variable.</summary>
public static class OpenAiModelFactory
{
    public static IModelAdapter Create(ComponentSpec spec, string? modelName, string? baseUrl) =>
        throw new NotSupportedException("the openai adapter is not wired yet");
}
