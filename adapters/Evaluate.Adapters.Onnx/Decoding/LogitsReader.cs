using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Evaluate.Adapters.Onnx.Decoding;

/// <summary>Copies each row's logits at the last position out of a [rows, length, vocab] (or [rows, vocab]) tensor, as floats.</summary>
internal static class LogitsReader
{
    public static float[][] LastPosition(OrtValue logits, int rows)
    {
        var shape = logits.GetTensorTypeAndShape().Shape;
        // ONNX Runtime's managed spans are int-sized: a tensor past 2 GB cannot be read and would fail with an out-of-range error.
        if (logits.GetTensorSizeInBytes() > int.MaxValue)
            throw new NotSupportedException($"onnx: the logits of one pass take {logits.GetTensorSizeInBytes() / 1e9:0.0} GB ([{string.Join(", ", shape)}]), " +
                "more than can be read at once (2 GB): feed whole sequences less (kv_cache=on) or fewer rows (batch_size)");
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

    /// <summary>Length of the sequence axis of a [rows, length, vocab] tensor (1 for [rows, vocab]).</summary>
    public static int Positions(OrtValue logits)
    {
        var shape = logits.GetTensorTypeAndShape().Shape;
        return shape.Length == 3 ? (int)shape[1] : 1;
    }

    private static float[] ToFloats(ReadOnlySpan<Float16> halves)
    {
        var floats = new float[halves.Length];
        for (var i = 0; i < halves.Length; i++) floats[i] = (float)halves[i];
        return floats;
    }
}
