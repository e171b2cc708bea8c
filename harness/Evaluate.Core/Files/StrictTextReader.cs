using System.Text;

namespace Evaluate.Core.Files;

/// <summary>
/// A reader over a strictly decoded file that turns a decoding failure into the refusal <see cref="TextFiles"/> gives
/// elsewhere: invalid UTF-8 names the file and its first invalid line, never a bare decoder message (and is never read
/// as U+FFFD).
/// </summary>
internal sealed class StrictTextReader(StreamReader inner, string path, string displayName, string what) : TextReader
{
    public override int Peek() => Checked(inner.Peek);
    public override int Read() => Checked(inner.Read);
    public override int Read(char[] buffer, int index, int count) => Checked(() => inner.Read(buffer, index, count));
    public override int Read(Span<char> buffer)
    {
        try { return inner.Read(buffer); }
        catch (DecoderFallbackException) { throw TextFiles.InvalidUtf8(path, displayName, what); }
    }
    public override string? ReadLine() => Checked(inner.ReadLine);
    public override string ReadToEnd() => Checked(inner.ReadToEnd);

    private T Checked<T>(Func<T> read)
    {
        try { return read(); }
        catch (DecoderFallbackException) { throw TextFiles.InvalidUtf8(path, displayName, what); }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
