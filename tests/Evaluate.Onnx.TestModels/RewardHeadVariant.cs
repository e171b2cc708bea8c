using DataType = Onnx.TensorProto.Types.DataType;

namespace Evaluate.Onnx.TestModels;

/// <summary>The head layouts reward models are exported with.</summary>
public enum RewardHeadLayout
{
    /// <summary>Sequence classification (optimum <c>--task text-classification</c>): logits [batch, labels].</summary>
    Sequence,
    /// <summary>Token classification (Qwen2.5-Math-PRM style): logits [batch, sequence, labels].</summary>
    Token,
    /// <summary>A causal language model (Math-Shepherd, optimum <c>--task text-generation</c>): logits [batch, sequence, vocab], with <c>position_ids</c>.</summary>
    LanguageModel,
}

/// <summary>Which reward graph <see cref="RewardHeadModel"/> writes: its head, its number of labels (classifier heads) and the logits' element type.</summary>
public sealed record RewardHeadVariant(RewardHeadLayout Layout, int Labels = 2, DataType LogitsType = DataType.Float);
