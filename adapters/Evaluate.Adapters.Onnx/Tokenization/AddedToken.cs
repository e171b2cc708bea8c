namespace Evaluate.Adapters.Onnx.Tokenization;

/// <summary>An entry of <c>added_tokens</c>: matched whole in the text before anything else runs.</summary>
/// <param name="LeftStrip">lstrip: the whitespace before the token is taken into it (gone from the text).</param>
/// <param name="RightStrip">rstrip: the whitespace after the token is taken into it.</param>
/// <param name="Normalized">Matched in the normalized text rather than the raw text.</param>
/// <param name="Special">Left out of decoded text.</param>
internal sealed record AddedToken(int Id, string Content, bool LeftStrip, bool RightStrip, bool Normalized, bool Special)
{
    public static AddedToken Read(JsonSection entry)
    {
        entry.Allow("id", "content", "single_word", "lstrip", "rstrip", "normalized", "special");
        if (entry.Bool("single_word", false))
            throw entry.Refuse("single_word", "true is not implemented (matching only at word boundaries)");
        var content = entry.RequiredString("content");
        if (content.Length == 0) throw entry.Refuse("content", "is empty");
        var id = entry.Int("id", -1);
        if (id < 0) throw entry.Refuse("id", "must be a whole number >= 0");
        return new AddedToken(id, content, entry.Bool("lstrip", false), entry.Bool("rstrip", false), entry.Bool("normalized", false), entry.Bool("special", false));
    }
}
