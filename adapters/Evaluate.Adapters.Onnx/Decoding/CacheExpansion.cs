using Microsoft.ML.OnnxRuntime;

namespace Evaluate.Adapters.Onnx.Decoding;

/// <summary>
/// Tiles a one-row tensor [1, …] to [rows, …] by copying its bytes once per row, so it works for any element type
/// (float, float16, bfloat16, int8 …) and any layout after the batch axis.
/// </summary>
public static class CacheExpansion
{
    public static OrtValue Tile(OrtValue single, int rows)
    {
        ArgumentNullException.ThrowIfNull(single);
        var info = single.GetTensorTypeAndShape();
        var shape = info.Shape;
        if (shape.Length == 0 || shape[0] != 1)
            throw new ArgumentException($"a one-row tensor is expected, got shape [{string.Join(", ", shape)}]", nameof(single));
        var expanded = OrtValue.CreateAllocatedTensorValue(OrtAllocator.DefaultInstance, info.ElementDataType, [rows, .. shape[1..]]);
        var source = single.GetTensorMutableRawData();
        var target = expanded.GetTensorMutableRawData();
        for (var row = 0; row < rows; row++) source.CopyTo(target.Slice(row * source.Length, source.Length));
        return expanded;
    }
}
