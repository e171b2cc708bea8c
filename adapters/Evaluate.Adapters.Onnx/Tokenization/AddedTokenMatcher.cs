namespace Evaluate.Adapters.Onnx.Tokenization;

/// <summary>
/// Cuts text at added tokens, as Hugging Face does: the leftmost match wins, the longest at that position; lstrip and
/// rstrip widen the match over adjacent whitespace. What lies between matches is text for the normalizer and model.
/// </summary>
internal sealed class AddedTokenMatcher
{
    private readonly Dictionary<char, AddedToken[]> _byFirstCharacter;

    public AddedTokenMatcher(IEnumerable<AddedToken> tokens) =>
        _byFirstCharacter = tokens.GroupBy(t => t.Content[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Content.Length).ToArray());

    /// <summary>The stretches of <paramref name="piece"/>: text (Id null) or a matched token (Text null).</summary>
    public IEnumerable<(Piece? Text, int? Id)> Split(Piece piece)
    {
        var text = piece.Text;
        var pending = 0;
        var at = 0;
        while (at < text.Length)
        {
            if (Match(text, at) is not { } token)
            {
                at++;
                continue;
            }
            var (start, end) = (at, at + token.Content.Length);
            if (token.LeftStrip) while (start > pending && char.IsWhiteSpace(text[start - 1])) start--;
            if (token.RightStrip) while (end < text.Length && char.IsWhiteSpace(text[end])) end++;
            if (start > pending) yield return (new Piece(text[pending..start], piece.StartsText && pending == 0), null);
            yield return (null, token.Id);
            at = pending = end;
        }
        if (pending < text.Length) yield return (new Piece(text[pending..], piece.StartsText && pending == 0), null);
    }

    private AddedToken? Match(string text, int at)
    {
        if (!_byFirstCharacter.TryGetValue(text[at], out var candidates)) return null;
        foreach (var token in candidates)
            if (text.AsSpan(at).StartsWith(token.Content, StringComparison.Ordinal))
                return token;
        return null;
    }
}
