using Evaluate.Core.Problems;

namespace Evaluate.Core.Files;

/// <summary>
/// A read-only stream that refuses a line longer than a cap, naming the file and the line, before any reader buffers
/// it: a 300 MB line, or a link to an endless stream without line breaks, costs a bounded buffer, not gigabytes.
/// </summary>
public sealed class LineLimitedStream(Stream inner, string displayName, int maxLineBytes) : Stream
{
    private long _lineBytes;
    private int _line = 1;

    public override int Read(byte[] buffer, int offset, int count) => Check(buffer.AsSpan(offset, inner.Read(buffer, offset, count)));

    public override int Read(Span<byte> buffer) => Check(buffer[..inner.Read(buffer)]);

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Check(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Check(ReadOnlySpan<byte> read)
    {
        var rest = read;
        while (rest.IndexOf((byte)'\n') is var newline and >= 0)
        {
            if (_lineBytes + newline > maxLineBytes) Refuse();
            _lineBytes = 0;
            _line++;
            rest = rest[(newline + 1)..];
        }
        _lineBytes += rest.Length;
        if (_lineBytes > maxLineBytes) Refuse();
        return read.Length;
    }

    private void Refuse() => throw new DatasetFormatException(displayName, _line, "(line)",
        $"longer than {maxLineBytes / (1 << 20)} MiB: refused (is this the right file?)");

    public override bool CanRead => true;
    /// <summary>Seekable as far as a reader needs to look at the head and start over (<see cref="Position"/> = 0).</summary>
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => false;
    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set
        {
            if (value != 0) throw new NotSupportedException("a line-limited stream can only start over");
            inner.Position = 0;
            _lineBytes = 0;
            _line = 1;
        }
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
