namespace Evaluate.Onnx.TestModels;

/// <summary>Which file layout Hugging Face optimum wrote (task <c>text-generation-with-past</c>, its legacy merged decoder, or <c>text-generation</c>).</summary>
public enum OptimumLayout
{
    /// <summary><c>model.onnx</c> taking <c>past_key_values.{i}.key/.value</c> and returning <c>present.{i}.*</c>.</summary>
    WithPast,
    /// <summary><c>decoder_model_merged.onnx</c>: also a boolean <c>use_cache_branch</c> that picks the branch reading the past.</summary>
    MergedDecoder,
    /// <summary><c>model.onnx</c> without a cache: every step feeds the whole sequence.</summary>
    WithoutPast,
}

/// <summary>Element type of a graph input or output (the computation inside is float32 either way).</summary>
public enum TensorPrecision
{
    Float32,
    Float16,
    BFloat16,
}

/// <summary>A tiny transformer in one of optimum's layouts, with its cache and logits precision and the seed of its made-up weights.</summary>
public sealed record TinyTransformerVariant(
    OptimumLayout Layout = OptimumLayout.WithPast,
    TensorPrecision Cache = TensorPrecision.Float32,
    TensorPrecision Logits = TensorPrecision.Float32,
    int Seed = 2)
{
    public string GraphFile => Layout == OptimumLayout.MergedDecoder ? "decoder_model_merged.onnx" : "model.onnx";

    public override string ToString() => $"{Layout}, {Cache} cache, {Logits} logits";
}
