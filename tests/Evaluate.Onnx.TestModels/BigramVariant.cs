namespace Evaluate.Onnx.TestModels;

/// <summary>How a test bigram model folder differs from the well-formed default (the cache, the error cases, and an endless chain for benchmarks).</summary>
public sealed record BigramVariant(
    bool KeyValueCache = false,
    string InputName = "input_ids",
    string LogitsName = "logits",
    int? ConfigVocabularySize = null,
    int? LogitsWidth = null,
    string GraphFile = "model.onnx",
    bool Endless = false);
