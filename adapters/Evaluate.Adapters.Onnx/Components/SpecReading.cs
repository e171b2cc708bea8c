using Evaluate.Adapters.Onnx.Runtime;
using Evaluate.Core.Components;

namespace Evaluate.Adapters.Onnx.Components;

/// <summary>Parameter readers shared by both <c>onnx</c> components.</summary>
internal static class SpecReading
{
    public static string RequirePath(ComponentSpec spec) =>
        spec.Get("path") is { Length: > 0 } path ? path : throw new FormatException($"component '{spec.Name}' needs path=DIR (the exported model folder)");

    public static SessionSettings Session(ComponentSpec spec) => new(
        ExecutionProviderName.Parse(spec.Get("provider")),
        NonNegative(spec, "intra_threads"),
        NonNegative(spec, "inter_threads"));

    public static int NonNegative(ComponentSpec spec, string key, int fallback = 0)
    {
        var value = spec.GetInt(key, fallback);
        return value >= 0 ? value : throw new FormatException($"component '{spec.Name}': {key} must be 0 or more, got {value}");
    }

    public static int Positive(ComponentSpec spec, string key, int fallback)
    {
        var value = spec.GetInt(key, fallback);
        return value >= 1 ? value : throw new FormatException($"component '{spec.Name}': {key} must be 1 or more, got {value}");
    }

    public static bool OnOff(ComponentSpec spec, string key, bool fallback) => spec.Get(key)?.Trim().ToLowerInvariant() switch
    {
        null => fallback,
        "on" or "true" or "1" => true,
        "off" or "false" or "0" => false,
        var other => throw new FormatException($"component '{spec.Name}': {key} must be on or off, got '{other}'"),
    };

    /// <summary>Parameters every onnx component takes: where the model is and how ONNX Runtime runs it.</summary>
    public static IReadOnlyList<OnnxParameter> SessionParameters { get; } =
    [
        new("path", null, "folder of the exported model (model.onnx or decoder_model_merged.onnx, config.json, tokenizer.json)"),
        new("provider", "auto", "execution provider: cpu, dml (DirectML, Windows) or cuda; auto picks the best this build has; an unavailable one falls back to cpu with a warning"),
        new("intra_threads", "0", "threads inside one operator (0: ONNX Runtime's default, one per core)"),
        new("inter_threads", "0", "threads across independent operators (0: ONNX Runtime's default)"),
    ];
}
