using Evaluate.Adapters.Onnx.ModelFiles;
using Evaluate.Adapters.Onnx.Tokenization;

namespace Evaluate.Adapters.Onnx.Models;

/// <summary>
/// A tokenizer from another model would silently produce garbage: its ids must fit the model's vocabulary
/// (config.json's vocab_size and the logits width; exports often pad the embedding, so larger is fine).
/// </summary>
public static class VocabularyCheck
{
    public static void Require(TextTokenizer tokenizer, ModelConfig config, int? logitsWidth, string graphPath)
    {
        if (config.VocabularySize is { } size && tokenizer.VocabularySize > size)
            throw new ArgumentException($"{tokenizer.Path}: the tokenizer has {tokenizer.VocabularySize} ids but {config.Fields.VocabularySize.File} says {config.Fields.VocabularySize.Name}={size}: not this model's tokenizer");
        if (logitsWidth is { } width && tokenizer.VocabularySize > width)
            throw new ArgumentException($"{tokenizer.Path}: the tokenizer has {tokenizer.VocabularySize} ids but {graphPath} scores {width} tokens: not this model's tokenizer");
    }
}
