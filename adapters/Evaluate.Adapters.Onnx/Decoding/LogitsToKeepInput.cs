using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Evaluate.Adapters.Onnx.Decoding;

/// <summary>
/// Newer transformers/optimum exports take <c>num_logits_to_keep</c> (or, since transformers 4.50, <c>logits_to_keep</c>):
/// logits are computed for the last k positions only, 0 meaning all of them. The decode loop reads only the last
/// position, so it always feeds 1: a pass then returns [rows, 1, vocab] whatever its length.
/// </summary>
/// <param name="Scalar">Declared as a scalar (the usual export); otherwise shape [1].</param>
public sealed record LogitsToKeepInput(string Name, bool Scalar)
{
    public static readonly IReadOnlyList<string> Names = ["num_logits_to_keep", "logits_to_keep"];

    /// <summary>The graph's logits-to-keep input, if it declares one; any type but int64, or more than one value, is refused naming the file.</summary>
    public static LogitsToKeepInput? Find(IReadOnlyDictionary<string, NodeMetadata> inputs, string path)
    {
        if (Names.FirstOrDefault(inputs.ContainsKey) is not { } name) return null;
        var metadata = inputs[name];
        if (metadata.ElementDataType != TensorElementType.Int64)
            throw new FormatException($"{path}: input '{name}' is {metadata.ElementDataType}; int64 expected");
        if (metadata.Dimensions.Length > 1 || metadata.Dimensions is [var length] && length > 1)
            throw new FormatException($"{path}: input '{name}' has shape [{string.Join(", ", metadata.Dimensions)}]; a scalar or [1] expected");
        return new LogitsToKeepInput(name, metadata.Dimensions.Length == 0);
    }

    /// <summary>The value 1 in the declared shape.</summary>
    public OrtValue One() => OrtValue.CreateTensorValueFromMemory(new[] { 1L }, Scalar ? [] : [1]);
}
