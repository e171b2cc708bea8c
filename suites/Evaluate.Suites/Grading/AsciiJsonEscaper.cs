using System.Buffers;
using System.Text.Json;

namespace Evaluate.Suites.Grading;

/// <summary>
/// Writes an ASCII string as a quoted JSON string, escaped exactly as <see cref="Utf8JsonWriter"/> with the verdict
/// writer's options (<see cref="VerdictWriter.Options"/>) escapes it (so a verdict file stays byte-identical), from a table of the 128 ASCII characters that is
/// built by asking the writer itself how it escapes each one. The writer escapes char by char through a general
/// encoder; echoing every MATH-length response through it was a third of `grade`'s time (issue 12).
/// Strings with a non-ASCII character are refused (the caller writes those through the writer).
/// </summary>
internal static class AsciiJsonEscaper
{
    /// <summary>Escape sequence per ASCII character, or null when the character stands for itself.</summary>
    private static readonly byte[]?[] Escapes = BuildTable();

    private static readonly SearchValues<char> NeedEscape =
        SearchValues.Create(Enumerable.Range(0, 128).Where(c => Escapes[c] is not null).Select(c => (char)c).ToArray());

    /// <summary>Appends <c>"…"</c>; false (and nothing written) when <paramref name="text"/> has a non-ASCII character.</summary>
    public static bool TryWriteQuoted(ReadOnlySpan<char> text, ArrayBufferWriter<byte> output)
    {
        if (!System.Text.Ascii.IsValid(text)) return false;
        // At most six bytes per character (\u00XX) plus the quotes.
        var span = output.GetSpan(text.Length * 6 + 2);
        var at = 0;
        span[at++] = (byte)'"';
        while (true)
        {
            // Runs that need no escape are narrowed to bytes in bulk.
            var run = text.IndexOfAny(NeedEscape);
            var plain = run < 0 ? text : text[..run];
            System.Text.Ascii.FromUtf16(plain, span[at..], out var written);
            at += written;
            if (run < 0) break;
            var escape = Escapes[text[run]]!;
            escape.CopyTo(span[at..]);
            at += escape.Length;
            text = text[(run + 1)..];
        }
        span[at++] = (byte)'"';
        output.Advance(at);
        return true;
    }

    private static byte[]?[] BuildTable()
    {
        var table = new byte[]?[128];
        var buffer = new ArrayBufferWriter<byte>(16);
        using var writer = new Utf8JsonWriter(buffer, VerdictWriter.Options);
        for (var c = 0; c < 128; c++)
        {
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            writer.WriteStringValue(((char)c).ToString());
            writer.Flush();
            // Written as "x": one character between the quotes means no escape.
            var inner = buffer.WrittenSpan[1..^1];
            table[c] = inner.Length == 1 && inner[0] == c ? null : inner.ToArray();
        }
        return table;
    }
}
