using DataType = Onnx.TensorProto.Types.DataType;

namespace Evaluate.Onnx.TestModels;

/// <summary>How a <see cref="PrefillModel"/> graph differs from the cached bigram model.</summary>
/// <param name="LogitsToKeep">Name of a logits-to-keep input (<c>num_logits_to_keep</c>, <c>logits_to_keep</c>), or none.</param>
/// <param name="ScalarLogitsToKeep">That input is an int64 scalar (else shape [1]).</param>
/// <param name="LogitsReadCache">Logits also depend on every token in the cache, so a wrong or mis-expanded cache changes the text.</param>
/// <param name="CacheType">Element type of the past and present keys/values (float, float16 or bfloat16).</param>
public sealed record PrefillVariant(
    string? LogitsToKeep = null,
    bool ScalarLogitsToKeep = true,
    bool LogitsReadCache = false,
    DataType CacheType = DataType.Float);
