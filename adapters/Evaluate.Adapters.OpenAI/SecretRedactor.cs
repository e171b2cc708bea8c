using System.Text;

namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// Removes an API key from text a server sent back. Servers echo keys in other letter cases ("SK-…"), truncated or
/// masked in the middle ("sk-abcd…wxyz"), so the key is found in any case, and so is any piece of it at least
/// <see cref="MinPiece"/> characters long; each run of hidden characters becomes one "[redacted]". Only error paths
/// call it, so a scan of text length × key length is cheap enough.
/// </summary>
internal static class SecretRedactor
{
    /// <summary>Shorter pieces say nothing of the key (and would hide ordinary words).</summary>
    public const int MinPiece = 8;

    public const string Mark = "[redacted]";

    public static string Redact(string text, string? secret)
    {
        if (string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(text)) return text;
        var piece = Math.Min(MinPiece, secret.Length);
        bool[]? hidden = null;
        for (var i = 0; i + piece <= text.Length; i++)
            for (var j = 0; j + piece <= secret.Length; j++)
            {
                var length = 0;
                while (i + length < text.Length && j + length < secret.Length && Same(text[i + length], secret[j + length])) length++;
                if (length < piece) continue;
                hidden ??= new bool[text.Length];
                Array.Fill(hidden, true, i, length);
            }
        if (hidden is null) return text;
        var redacted = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!hidden[i]) redacted.Append(text[i]);
            else if (i == 0 || !hidden[i - 1]) redacted.Append(Mark);
        }
        return redacted.ToString();
    }

    private static bool Same(char a, char b) => a == b || char.ToUpperInvariant(a) == char.ToUpperInvariant(b);
}
