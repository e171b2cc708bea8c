using System.Text;

namespace Evaluate.Adapters.Onnx.Tokenization;

/// <summary>GPT-2's byte-to-character table: printable bytes stand for themselves, the rest map to U+0100 onwards
/// (a space is 'Ġ', a newline 'Ċ'), so that every byte string is a string of vocabulary characters.</summary>
internal static class ByteLevelAlphabet
{
    private static readonly char[] Characters = BuildCharacters();
    private static readonly Dictionary<char, byte> Bytes = Enumerable.Range(0, 256).ToDictionary(b => Characters[b], b => (byte)b);

    public static string Encode(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return string.Create(bytes.Length, bytes, (span, source) => { for (var i = 0; i < source.Length; i++) span[i] = Characters[source[i]]; });
    }

    /// <summary>Appends the bytes a token's characters stand for; a character outside the table (an added token's
    /// own text) is taken as its UTF-8 bytes, as Hugging Face's ByteLevel decoder does.</summary>
    public static void AppendBytes(string token, List<byte> bytes)
    {
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in token.EnumerateRunes())
        {
            if (rune.IsBmp && Bytes.TryGetValue((char)rune.Value, out var b)) bytes.Add(b);
            else bytes.AddRange(utf8[..rune.EncodeToUtf8(utf8)]);
        }
    }

    private static char[] BuildCharacters()
    {
        var table = new char[256];
        var next = 256;
        for (var b = 0; b < 256; b++)
            table[b] = b is >= '!' and <= '~' or >= 0xA1 and <= 0xAC or >= 0xAE and <= 0xFF ? (char)b : (char)next++;
        return table;
    }
}
