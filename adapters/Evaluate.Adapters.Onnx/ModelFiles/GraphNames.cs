using System.Globalization;

namespace Evaluate.Adapters.Onnx.ModelFiles;

/// <summary>
/// Names of the decoder graph's inputs and outputs. Defaults follow Hugging Face optimum exports; onnxruntime-genai
/// exports state theirs in genai_config.json. Key/value names hold "%d" for the layer index.
/// </summary>
public sealed record GraphNames(
    string InputIds = "input_ids",
    string AttentionMask = "attention_mask",
    string PositionIds = "position_ids",
    string PastKey = "past_key_values.%d.key",
    string PastValue = "past_key_values.%d.value",
    string Logits = "logits",
    string PresentKey = "present.%d.key",
    string PresentValue = "present.%d.value")
{
    /// <summary>Optimum's merged decoders switch between their first-step and cached branches with this boolean input.</summary>
    public const string UseCacheBranch = "use_cache_branch";

    public static string Layer(string pattern, int layer) => pattern.Replace("%d", layer.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
