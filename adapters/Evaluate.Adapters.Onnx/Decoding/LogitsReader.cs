using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Evaluate.Adapters.Onnx.Decoding;

/// <summary>Copies each row's logits at the last position out of a [rows, length, vocab] (or [rows, vocab]) tensor, as floats.</summary>
internal static class LogitsReader
{
    public static float[][] LastPosition(OrtValue logits, int rows)
    {
        var shape = logits.GetTensorTypeAndShape().Shape;
        var width = (int)shape[^1];
        var length = shape.Length == 3 ? (int)shape[1] : 1;
        var result = new float[rows][];
        for (var row = 0; row < rows; row++)
        {
            var offset = (row * length + length - 1) * width;
            result[row] = logits.GetTensorTypeAndShape().ElementDataType == TensorElementType.Float16
                ? ToFloats(logits.GetTensorDataAsSpan<Float16>().Slice(offset, width))
                : logits.GetTensorDataAsSpan<float>().Slice(offset, width).ToArray();
        }
        return result;
    }

    private static float[] ToFloats(ReadOnlySpan<Float16> halves)
    {
        var floats = new float[halves.Length];
        for (var i = 0; i < halves.Length; i++) floats[i] = (float)halves[i];
        return floats;
    }
}
