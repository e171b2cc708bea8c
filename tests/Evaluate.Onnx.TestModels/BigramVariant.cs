namespace Evaluate.Onnx.TestModels;

/// <summary>How a test bigram model folder differs from the well-formed default (the cache, the error cases, and an endless chain for benchmarks).</summary>
/// <param name="MergedDecoderInputs">Also take optimum's <c>position_ids</c> and <c>use_cache_branch</c> inputs (read by no node: the feeding is what is tested).</param>
/// <param name="GenAiConfig">Contents of a genai_config.json to write beside the graph.</param>
public sealed record BigramVariant(
    bool KeyValueCache = false,
    string InputName = "input_ids",
    string LogitsName = "logits",
    int? ConfigVocabularySize = null,
    int? LogitsWidth = null,
    string GraphFile = "model.onnx",
    bool Endless = false,
    bool MergedDecoderInputs = false,
    string? GenAiConfig = null,
    int? ContextLength = null);
