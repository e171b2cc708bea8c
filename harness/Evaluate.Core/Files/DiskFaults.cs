namespace Evaluate.Core.Files;

/// <summary>
/// Simulated disk trouble for tests: within <see cref="NoSpaceAfter"/>'s scope (this async flow only, so tests run in
/// parallel), files written through <see cref="OutputFile"/> fail as a full disk does once the given number of bytes
/// has been written, the last write cut short.
/// </summary>
public static class DiskFaults
{
    private static readonly AsyncLocal<WriteQuota?> Quota = new();

    internal static WriteQuota? Current => Quota.Value;

    /// <summary>Lets <paramref name="bytes"/> more bytes be written in this flow, then every write fails with ENOSPC.</summary>
    public static IDisposable NoSpaceAfter(long bytes)
    {
        var previous = Quota.Value;
        Quota.Value = new WriteQuota(bytes);
        return new Scope(() => Quota.Value = previous);
    }

    private sealed class Scope(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}

/// <summary>The bytes a flow may still write before its simulated disk is full.</summary>
internal sealed class WriteQuota(long bytes)
{
    private long _left = bytes;

    /// <summary>How many of <paramref name="wanted"/> bytes fit; takes them from the quota.</summary>
    public int Take(int wanted)
    {
        lock (this)
        {
            var granted = (int)Math.Min(wanted, Math.Max(0, _left));
            _left -= granted;
            return granted;
        }
    }
}

/// <summary>Writes through to a file until its quota runs out, then fails as the operating system does on a full disk.</summary>
internal sealed class QuotaStream(FileStream inner, string path, WriteQuota quota) : Stream
{
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var granted = quota.Take(buffer.Length);
        inner.Write(buffer[..granted]);
        if (granted < buffer.Length)
        {
            inner.Flush();
            throw NoSpace.Exception(path);
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush() => inner.Flush();
    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => inner.Length;
    public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
