namespace Evaluate.Adapters.Onnx.Components;

/// <summary>One parameter of an <c>onnx:</c> component as the CLI lists it: name, default (null when required) and help.</summary>
public sealed record OnnxParameter(string Name, string? Default, string Help);
