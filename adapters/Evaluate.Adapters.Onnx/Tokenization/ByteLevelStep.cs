using System.Text.RegularExpressions;

namespace Evaluate.Adapters.Onnx.Tokenization;

/// <summary>
/// The ByteLevel pre-tokenizer: optionally a space before the piece (<c>add_prefix_space</c>), optionally GPT-2's split
/// (<c>use_regex</c>), then every UTF-8 byte written as its byte-level character, the alphabet of byte-level vocabularies.
/// </summary>
internal sealed class ByteLevelStep(bool addPrefixSpace, bool useRegex) : IPreTokenizerStep
{
    private static readonly SplitStep Gpt2 = new(new Regex(PreTokenizerPatterns.Gpt2, RegexOptions.CultureInvariant), SplitBehavior.Isolated, invert: false);

    public void Split(Piece piece, List<Piece> output)
    {
        if (addPrefixSpace && !piece.Text.StartsWith(' ')) piece = piece with { Text = " " + piece.Text };
        var pieces = new List<Piece>();
        if (useRegex) Gpt2.Split(piece, pieces);
        else pieces.Add(piece);
        foreach (var p in pieces) output.Add(p with { Text = ByteLevelAlphabet.Encode(p.Text) });
    }
}
