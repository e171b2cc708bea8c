namespace Evaluate.Adapters.Onnx.Decoding;

/// <summary>When a sample ends: a token limit, end-of-sequence ids, stop strings; and how many top logprobs to keep (null: none).</summary>
public sealed record DecodeLimits(int MaxTokens, IReadOnlySet<int> EndOfSequence, IReadOnlyList<string> Stop, int? TopLogprobs);
