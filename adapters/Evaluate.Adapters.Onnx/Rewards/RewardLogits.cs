using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Evaluate.Adapters.Onnx.Rewards;

/// <summary>
/// A logits output read as floats whatever its element type (float, float16, bfloat16: fp16 and bf16 exports keep
/// their logits in that type), element by element, so a language-model head's two label logits are read without
/// copying the vocabulary.
/// </summary>
internal sealed class RewardLogits(OrtValue value)
{
    private readonly TensorElementType _type = value.GetTensorTypeAndShape().ElementDataType;

    public static bool IsReadable(TensorElementType type) => type is TensorElementType.Float or TensorElementType.Float16 or TensorElementType.BFloat16;

    public float At(int index) => _type switch
    {
        TensorElementType.Float16 => (float)value.GetTensorDataAsSpan<Float16>()[index],
        TensorElementType.BFloat16 => (float)value.GetTensorDataAsSpan<BFloat16>()[index],
        _ => value.GetTensorDataAsSpan<float>()[index],
    };

    public float[] Slice(int start, int length)
    {
        var floats = new float[length];
        for (var i = 0; i < length; i++) floats[i] = At(start + i);
        return floats;
    }
}
