using Evaluate.Adapters.Onnx.Models;
using Evaluate.Adapters.Onnx.Rewards;
using Evaluate.Core.Components;
using Evaluate.Core.Models;

namespace Evaluate.Onnx.TestModels;

/// <summary>Opens the test models through the public factories, as the CLI will (paths are not split on commas here).</summary>
public static class Specs
{
    public static ComponentSpec Of(string folder, params (string Key, string Value)[] parameters) =>
        new("onnx", new SortedDictionary<string, string>(parameters.Append(("path", folder)).ToDictionary(p => p.Item1, p => p.Item2), StringComparer.Ordinal));

    /// <summary>The plain template keeps prompts free of ChatML markers; tests of the default template say so.</summary>
    public static OnnxModelAdapter Model(string folder, params (string Key, string Value)[] parameters) =>
        OnnxModelAdapter.Create(Of(folder, [("template", "plain"), .. parameters]), _ => { });

    public static OnnxRewardModel Reward(string folder, params (string Key, string Value)[] parameters) =>
        OnnxRewardModel.Create(Of(folder, parameters), _ => { });

    public static GenerationRequest Request(int n = 1, double temperature = 0, long seed = 0, int maxTokens = 32, IReadOnlyList<string>? stop = null,
        string? prefix = null, int? topLogprobs = null, double topP = 1) => new()
    {
        Messages = [ChatMessage.User("Question?")],
        N = n,
        Temperature = temperature,
        TopP = topP,
        Seed = seed,
        MaxTokens = maxTokens,
        Stop = stop ?? [],
        AssistantPrefix = prefix,
        TopLogprobs = topLogprobs,
    };
}
