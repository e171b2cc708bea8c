namespace Evaluate.Onnx.Tests.Fixtures;

/// <summary>How a test bigram model folder differs from the well-formed default (for the cache and the error cases).</summary>
public sealed record BigramVariant(
    bool KeyValueCache = false,
    string InputName = "input_ids",
    string LogitsName = "logits",
    int? ConfigVocabularySize = null,
    int? LogitsWidth = null,
    string GraphFile = "model.onnx");
