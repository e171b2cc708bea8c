using System.Text;
using Microsoft.ML.Tokenizers;

namespace Evaluate.Adapters.Onnx.Tokenization;

/// <summary>The NFC normalizer of Qwen-style tokenizer.json files.</summary>
internal sealed class NfcNormalizer : Normalizer
{
    public static NfcNormalizer Instance { get; } = new();

    public override string Normalize(string original) => original.Normalize(NormalizationForm.FormC);

    public override string Normalize(ReadOnlySpan<char> original) => original.ToString().Normalize(NormalizationForm.FormC);
}
