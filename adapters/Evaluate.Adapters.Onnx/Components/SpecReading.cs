using Evaluate.Adapters.Onnx.Runtime;

namespace Evaluate.Adapters.Onnx.Components;

/// <summary>Readers shared by both <c>onnx</c> components, for the values their typed parameters leave as text.</summary>
internal static class SpecReading
{
    public static string RequirePath(OnnxSessionParameters parameters) =>
        parameters.Path is { Length: > 0 } path ? path : throw new FormatException("component 'onnx' needs path=DIR (the exported model folder)");

    /// <summary>The graph file; an empty value is the default graph, as if not given.</summary>
    public static string? File(OnnxSessionParameters parameters) => string.IsNullOrWhiteSpace(parameters.File) ? null : parameters.File.Trim();

    public static SessionSettings Session(OnnxSessionParameters parameters) => new(
        ExecutionProviderName.Parse(parameters.Provider), parameters.IntraThreads, parameters.InterThreads);

    public static bool OnOff(string key, string value) => value.Trim().ToLowerInvariant() switch
    {
        "on" or "true" or "1" => true,
        "off" or "false" or "0" => false,
        var other => throw new FormatException($"component 'onnx': {key} must be on or off, got '{other}'"),
    };
}
