namespace Evaluate.Adapters.Onnx.Tokenization;

/// <summary>Split patterns of Hugging Face pre-tokenizers that have no pattern of their own in tokenizer.json.</summary>
internal static class PreTokenizerPatterns
{
    /// <summary>GPT-2's pattern, which the <c>ByteLevel</c> pre-tokenizer applies when <c>use_regex</c> is true.</summary>
    public const string Gpt2 = @"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+";

    /// <summary>The <c>Whitespace</c> pre-tokenizer: word characters, or runs of other non-space characters.</summary>
    public const string Whitespace = @"\w+|[^\w\s]+";
}
