using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Evaluate.Adapters.Onnx.Rewards;

/// <summary>
/// A scorer graph's signature: input_ids (required), attention_mask, token_type_ids and position_ids (optional; optimum's
/// <c>text-generation</c> exports of Llama, Mistral and Qwen2 take position_ids), and a <c>logits</c> output in float,
/// float16 or bfloat16: per sequence [batch, labels], per token [batch, length, labels], or a language model's
/// [batch, length, vocab] for <c>head=lm</c>.
/// </summary>
public sealed record RewardGraph(string Path, bool HasAttentionMask, bool HasTokenTypes, bool PerToken, int? Labels, bool HasPositionIds = false)
{
    public const string InputIds = "input_ids";
    public const string AttentionMask = "attention_mask";
    public const string TokenTypeIds = "token_type_ids";
    public const string PositionIds = "position_ids";
    public const string Logits = "logits";

    /// <param name="vocabularySize">The tokenizer's id count: a language-model head scores at least that many tokens, a classifier far fewer.</param>
    public static RewardGraph Inspect(InferenceSession session, string path, RewardKind kind, RewardReadout readout, int vocabularySize)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(readout);
        var inputs = session.InputMetadata;
        if (!inputs.ContainsKey(InputIds))
            throw new ArgumentException($"{path}: the graph has no input '{InputIds}' (its inputs: {string.Join(", ", inputs.Keys)})");
        if (inputs.Keys.FirstOrDefault(k => k is not (InputIds or AttentionMask or TokenTypeIds or PositionIds)) is { } unknown)
            throw new ArgumentException($"{path}: input '{unknown}' is not one the reward model can feed (input_ids, attention_mask, token_type_ids, position_ids)"
                + (unknown.StartsWith("past_key_values", StringComparison.Ordinal) ? "; export the scorer without a cache (optimum-cli export onnx --task text-generation, not text-generation-with-past)" : ""));
        if (!session.OutputMetadata.TryGetValue(Logits, out var logits))
            throw new ArgumentException($"{path}: the graph has no '{Logits}' output (its outputs: {string.Join(", ", session.OutputMetadata.Keys)})");
        if (!RewardLogits.IsReadable(logits.ElementDataType) || logits.Dimensions.Length is not (2 or 3))
            throw new FormatException($"{path}: logits must be float, float16 or bfloat16, [batch, labels] or [batch, length, labels]; this graph gives {logits.ElementDataType} with {logits.Dimensions.Length} axes");
        var perToken = logits.Dimensions.Length == 3;
        if (kind == RewardKind.Process && !perToken)
            throw new FormatException($"{path}: kind=prm needs per-token logits [batch, length, labels]; this graph gives one score per sequence");
        int? labels = logits.Dimensions[^1] > 0 ? logits.Dimensions[^1] : null;
        if (readout.Head == RewardHead.LanguageModel)
        {
            if (labels < vocabularySize)
                throw new FormatException($"{path}: head=lm needs logits over the vocabulary [batch, length, vocab]; this graph gives {labels} per position for a {vocabularySize}-token vocabulary: a classifier head (use head=classifier, label=…)");
        }
        else
        {
            if (labels >= vocabularySize && vocabularySize > 2)
                throw new FormatException($"{path}: the logits have {labels} values per position, as many as the {vocabularySize}-token vocabulary: a language model's head; score it with head=lm,good=…,bad=…");
            if (labels is > 1 && readout.Label >= labels)
                throw new ArgumentException($"{path}: label={readout.Label} but the head has {labels} labels");
        }
        return new RewardGraph(path, inputs.ContainsKey(AttentionMask), inputs.ContainsKey(TokenTypeIds), perToken, labels, inputs.ContainsKey(PositionIds));
    }
}
