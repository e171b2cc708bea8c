namespace Evaluate.Onnx.TestModels;

/// <summary>
/// The input/output names and axis names one exporter writes for a decoder with a key/value cache. Cache axes are a
/// number or a symbolic name: a symbolic head count or head size must then come from the folder's config files.
/// </summary>
public sealed record ExportSignature(
    string Batch,
    string Sequence,
    string Total,
    string Past,
    object KeyValueHeads,
    object HeadSize,
    bool PositionIds,
    string PastKey = "past_key_values.%d.key",
    string PastValue = "past_key_values.%d.value",
    string PresentKey = "present.%d.key",
    string PresentValue = "present.%d.value")
{
    /// <summary>
    /// optimum-cli export onnx --task text-generation-with-past: dynamic axes batch_size, sequence_length,
    /// past_sequence_length and their sum; head count and head size are traced as numbers.
    /// </summary>
    public static ExportSignature Optimum { get; } = new("batch_size", "sequence_length", "past_sequence_length + sequence_length",
        "past_sequence_length", 1, BigramModel.HeadDimension, PositionIds: true);

    /// <summary>
    /// onnxruntime-genai's model builder: batch_size, sequence_length, total_sequence_length, past_sequence_length. This
    /// variant leaves the cache's head count and head size symbolic, so only genai_config.json can say what they are.
    /// </summary>
    public static ExportSignature BuilderSymbolic { get; } = new("batch_size", "sequence_length", "total_sequence_length",
        "past_sequence_length", "num_key_value_heads", "head_size", PositionIds: true);

    public static string Layer(string pattern, int layer) => pattern.Replace("%d", layer.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
