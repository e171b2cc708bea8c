namespace Evaluate.Adapters.Replay;

/// <summary>
/// Reads a file line by line as raw bytes with each line's byte offset, so a line can be read again later by seeking.
/// Blank lines are skipped; line numbers are 1-based physical lines.
/// </summary>
public static class JsonLines
{
    public static IEnumerable<(long Offset, int Line, ReadOnlyMemory<byte> Bytes)> Read(string path)
    {
        // The shared line cap refuses an over-long line before it is buffered here.
        using var stream = new Evaluate.Core.Files.LineLimitedStream(
            new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), path, Evaluate.Core.Files.TextFiles.MaxLineBytes);
        var buffer = new byte[1 << 16];
        var pending = new MemoryStream();
        long lineStart = 0;
        long position = 0;
        var line = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var from = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n') continue;
                pending.Write(buffer, from, i - from);
                line++;
                if (!IsBlank(pending)) yield return (lineStart, line, pending.ToArray());
                pending.SetLength(0);
                from = i + 1;
                lineStart = position + i + 1;
            }
            pending.Write(buffer, from, read - from);
            position += read;
        }
        line++;
        if (!IsBlank(pending)) yield return (lineStart, line, pending.ToArray());
    }

    /// <summary>The bytes of the line starting at <paramref name="offset"/>, without its line break.</summary>
    public static byte[] ReadAt(string path, long offset)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        stream.Seek(offset, SeekOrigin.Begin);
        var line = new MemoryStream();
        var buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var end = Array.IndexOf(buffer, (byte)'\n', 0, read);
            if (end >= 0)
            {
                line.Write(buffer, 0, end);
                break;
            }
            line.Write(buffer, 0, read);
        }
        return line.ToArray();
    }

    private static bool IsBlank(MemoryStream line)
    {
        var span = line.GetBuffer().AsSpan(0, (int)line.Length);
        foreach (var b in span)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r')) return false;
        return true;
    }
}
