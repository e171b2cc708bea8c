using System.Buffers;
using System.Text;
using Evaluate.Core.Problems;

namespace Evaluate.Core.Files;

/// <summary>
/// Every text file Evaluate reads (datasets, suites, plans, replay and result journals) goes through here: it must be a
/// regular file (not a directory, device or a link to one), its lines are capped (<see cref="MaxLineBytes"/>) and it
/// must be valid UTF-8. Every refusal is a <see cref="UsageException"/> naming the file and line.
/// </summary>
public static class TextFiles
{
    /// <summary>16 MiB: far above any real record (a long reasoning trace is about 1 MB), far below trouble.</summary>
    public const int MaxLineBytes = 16 << 20;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Refuses a path that is missing, a directory, or a device, pipe or special file (also through links).</summary>
    public static void RequireRegularFile(string path, string what)
    {
        if (Directory.Exists(path)) throw new UsageException($"{what} '{path}' is a directory, not a file");
        var info = new FileInfo(path);
        if (!info.Exists) throw new UsageException($"{what} '{path}' not found");
        var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
        var full = Path.GetFullPath(target.FullName);
        if (!OperatingSystem.IsWindows() && (full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal)
                                             || full.StartsWith("/sys/", StringComparison.Ordinal)))
            throw new UsageException($"{what} '{path}' is not a regular file (it leads to {full})");
        // Opening a pipe blocks until a writer comes, and it can be read only once: refused before it is opened.
        if (FileKind.Special(full) is { } kind)
            throw new UsageException($"{what} '{path}' is {kind}, not a regular file: save the stream to a file first and give that");
    }

    /// <summary>A reader over a regular, line-capped, strictly UTF-8 file (a BOM is skipped; invalid UTF-8 is refused naming its line).</summary>
    public static TextReader OpenReader(string path, string displayName, string what = "file", int maxLineBytes = MaxLineBytes)
    {
        RequireRegularFile(path, what);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.SequentialScan);
        return new StrictTextReader(new StreamReader(new LineLimitedStream(stream, displayName, maxLineBytes), StrictUtf8, detectEncodingFromByteOrderMarks: true),
            path, displayName, what);
    }

    /// <summary>
    /// The refusal of a file that failed to decode: read again line by line, which names the first invalid line (the
    /// decoder that failed read ahead in blocks and cannot).
    /// </summary>
    public static UsageException InvalidUtf8(string path, string displayName, string what)
    {
        try
        {
            foreach (var _ in ReadLines(path, displayName, what)) { }
        }
        catch (DatasetFormatException e)
        {
            return e;
        }
        return new UsageException($"{displayName}: not valid UTF-8");
    }

    /// <summary>
    /// The lines of a file with their 1-based numbers (line breaks \n or \r\n; a BOM is skipped). Split as bytes and
    /// decoded line by line, so invalid UTF-8 is refused naming exactly its line.
    /// </summary>
    public static IEnumerable<(int Line, string Text)> ReadLines(string path, string displayName, string what = "file", int maxLineBytes = MaxLineBytes)
    {
        RequireRegularFile(path, what);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.SequentialScan);
        var buffer = new byte[1 << 16];
        var pending = new ArrayBufferWriter<byte>();
        var number = 0;
        var first = true;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            // Positions, not spans: an iterator may not hold a span across a yield.
            var from = first && read >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
            first = false;
            int newline;
            while ((newline = Array.IndexOf(buffer, (byte)'\n', from, read - from)) >= 0)
            {
                pending.Write(buffer.AsSpan(from, newline - from));
                from = newline + 1;
                number++;
                yield return (number, Decode(pending, displayName, number, maxLineBytes));
                pending.ResetWrittenCount();
            }
            pending.Write(buffer.AsSpan(from, read - from));
            if (pending.WrittenCount > maxLineBytes) throw TooLong(displayName, number + 1, maxLineBytes);
        }
        if (pending.WrittenCount > 0) yield return (number + 1, Decode(pending, displayName, number + 1, maxLineBytes));
    }

    private static string Decode(ArrayBufferWriter<byte> line, string displayName, int number, int maxLineBytes)
    {
        var bytes = line.WrittenSpan;
        if (bytes.Length > maxLineBytes) throw TooLong(displayName, number, maxLineBytes);
        if (!bytes.IsEmpty && bytes[^1] == (byte)'\r') bytes = bytes[..^1];
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { throw new DatasetFormatException(displayName, number, "(line)", "not valid UTF-8"); }
    }

    private static DatasetFormatException TooLong(string displayName, int number, int maxLineBytes) =>
        new(displayName, number, "(line)", $"longer than {maxLineBytes / (1 << 20)} MiB: refused (is this the right file?)");
}
