using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Evaluate.Adapters.Onnx.Rewards;

/// <summary>
/// A scorer graph's signature: input_ids (required), attention_mask and token_type_ids (optional), and a float
/// <c>logits</c> output, either per sequence [batch, labels] or per token [batch, length, labels].
/// </summary>
public sealed record RewardGraph(string Path, bool HasAttentionMask, bool HasTokenTypes, bool PerToken, int? Labels)
{
    public const string InputIds = "input_ids";
    public const string AttentionMask = "attention_mask";
    public const string TokenTypeIds = "token_type_ids";
    public const string Logits = "logits";

    public static RewardGraph Inspect(InferenceSession session, string path, RewardKind kind, int label)
    {
        var inputs = session.InputMetadata;
        if (!inputs.ContainsKey(InputIds))
            throw new ArgumentException($"{path}: the graph has no input '{InputIds}' (its inputs: {string.Join(", ", inputs.Keys)})");
        if (inputs.Keys.FirstOrDefault(k => k is not (InputIds or AttentionMask or TokenTypeIds)) is { } unknown)
            throw new ArgumentException($"{path}: input '{unknown}' is not one the reward model can feed (input_ids, attention_mask, token_type_ids)");
        if (!session.OutputMetadata.TryGetValue(Logits, out var logits))
            throw new ArgumentException($"{path}: the graph has no '{Logits}' output (its outputs: {string.Join(", ", session.OutputMetadata.Keys)})");
        if (logits.ElementDataType != TensorElementType.Float || logits.Dimensions.Length is not (2 or 3))
            throw new FormatException($"{path}: logits must be float [batch, labels] or [batch, length, labels]");
        var perToken = logits.Dimensions.Length == 3;
        if (kind == RewardKind.Process && !perToken)
            throw new FormatException($"{path}: kind=prm needs per-token logits [batch, length, labels]; this graph gives one score per sequence");
        int? labels = logits.Dimensions[^1] > 0 ? logits.Dimensions[^1] : null;
        if (labels is > 1 && label >= labels)
            throw new ArgumentException($"{path}: label={label} but the head has {labels} labels");
        return new RewardGraph(path, inputs.ContainsKey(AttentionMask), inputs.ContainsKey(TokenTypeIds), perToken, labels);
    }
}
