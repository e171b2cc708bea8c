using System.Text.RegularExpressions;

namespace Evaluate.Adapters.Onnx.Tokenization;

/// <summary>
/// The Split pre-tokenizer: the pattern's matches are the delimiters (with <c>invert</c>, the text between them is),
/// and the behavior says what becomes of them. Whitespace, WhitespaceSplit and Digits are Splits with fixed patterns.
/// </summary>
internal sealed class SplitStep(Regex pattern, SplitBehavior behavior, bool invert) : IPreTokenizerStep
{
    public void Split(Piece piece, List<Piece> output)
    {
        var text = piece.Text;
        var stretches = new List<(int Start, int End, bool Delimiter)>();
        var at = 0;
        for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
        {
            if (match.Length == 0) continue;
            if (match.Index > at) stretches.Add((at, match.Index, invert));
            stretches.Add((match.Index, match.Index + match.Length, !invert));
            at = match.Index + match.Length;
        }
        if (at < text.Length) stretches.Add((at, text.Length, invert));
        foreach (var (start, end) in behavior.Apply(stretches))
            if (end > start) output.Add(new Piece(text[start..end], piece.StartsText && start == 0));
    }
}
