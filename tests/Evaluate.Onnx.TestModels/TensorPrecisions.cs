using DataType = Onnx.TensorProto.Types.DataType;

namespace Evaluate.Onnx.TestModels;

internal static class TensorPrecisions
{
    public static DataType DataType(this TensorPrecision precision) => precision switch
    {
        TensorPrecision.Float16 => global::Onnx.TensorProto.Types.DataType.Float16,
        TensorPrecision.BFloat16 => global::Onnx.TensorProto.Types.DataType.Bfloat16,
        _ => global::Onnx.TensorProto.Types.DataType.Float,
    };
}
