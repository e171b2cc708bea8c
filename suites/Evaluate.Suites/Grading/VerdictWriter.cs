using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Evaluate.Suites.Grading;

/// <summary>
/// JSON lines written through one reused <see cref="Utf8JsonWriter"/> into a buffer that goes to the stream in large
/// blocks. A writer over a stream flushes and zeroes its buffer at every line; here a line costs a reset and a newline.
/// </summary>
internal sealed class VerdictWriter
{
    private const int BlockSize = 1 << 16;
    private readonly Stream _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(BlockSize * 2);
    private readonly ArrayBufferWriter<byte> _scratch = new(1 << 12);

    /// <summary>
    /// Verdict files are data read by programs, never pasted into HTML: the relaxed encoder writes <c>+</c>, <c>&amp;</c>,
    /// <c>&lt;</c>, <c>'</c> and non-ASCII text as themselves (the default wrote <c>\u002B</c>, issue 20), and still
    /// escapes quotes, backslashes and control characters. <see cref="AsciiJsonEscaper"/> builds its table from these options.
    /// </summary>
    internal static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false };

    public VerdictWriter(Stream output)
    {
        _output = output;
        Writer = new Utf8JsonWriter(_buffer, Options);
    }

    /// <summary>Writes one JSON value per line; call <see cref="EndLine"/> after each.</summary>
    public Utf8JsonWriter Writer { get; }

    /// <summary>
    /// A string value (or null), as <see cref="Utf8JsonWriter.WriteStringValue(string)"/> writes it: ASCII text is
    /// escaped by table into a scratch buffer and written raw, the rest through the writer.
    /// </summary>
    public void WriteStringValue(string? text)
    {
        if (text is null)
        {
            Writer.WriteNullValue();
            return;
        }
        _scratch.ResetWrittenCount();
        if (AsciiJsonEscaper.TryWriteQuoted(text, _scratch)) Writer.WriteRawValue(_scratch.WrittenSpan, skipInputValidation: true);
        else Writer.WriteStringValue(text);
    }

    public void EndLine()
    {
        Writer.Flush();
        Writer.Reset();
        _buffer.Write("\n"u8);
        if (_buffer.WrittenCount >= BlockSize) WriteOut();
    }

    /// <summary>Everything written so far reaches the stream (and the stream is flushed).</summary>
    public void Flush()
    {
        Writer.Flush();
        WriteOut();
        _output.Flush();
    }

    private void WriteOut()
    {
        _output.Write(_buffer.WrittenSpan);
        _buffer.ResetWrittenCount();
    }
}
