namespace Evaluate.Onnx.TestModels;

/// <summary>
/// GPT-2's byte-to-character table (printable bytes map to themselves, the rest to U+0100 onwards), needed to write
/// the vocabulary of a byte-level tokenizer.json: a space is 'Ġ', a newline 'Ċ'.
/// </summary>
public static class ByteLevelAlphabet
{
    public static IReadOnlyList<char> Characters { get; } = Build();

    public static string Encode(string text) => string.Concat(System.Text.Encoding.UTF8.GetBytes(text).Select(b => Characters[b]));

    private static char[] Build()
    {
        var table = new char[256];
        var next = 256;
        for (var b = 0; b < 256; b++)
            table[b] = b is >= '!' and <= '~' or >= 0xA1 and <= 0xAC or >= 0xAE and <= 0xFF ? (char)b : (char)next++;
        return table;
    }
}
