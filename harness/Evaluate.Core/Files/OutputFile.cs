using System.Text;

namespace Evaluate.Core.Files;

/// <summary>
/// Every file Evaluate writes goes through here. A whole file is written under a temporary name beside its final one
/// and moved into place only when complete, so a failure (no space left, a killed process) never leaves half a file
/// under a final name and never replaces a good file with a broken one; the temporary file is removed on failure.
/// Journals are opened for appending through <see cref="OpenAppend"/>. Both honour <see cref="DiskFaults"/>, so tests
/// can run out of space at any byte without filling a disk.
/// </summary>
public static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The name a file is written under until it is complete.</summary>
    public static string TemporaryOf(string path) => path + ".tmp";

    public static void WriteAllText(string path, string text) => WriteAllBytes(path, Utf8.GetBytes(text));

    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes));

    /// <summary>Text written through a writer (UTF-8 without BOM, \n line breaks), atomically.</summary>
    public static void WriteText(string path, Action<TextWriter> write) =>
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
            write(writer);
        });

    /// <summary>Writes <paramref name="path"/> through its temporary name; on any failure the temporary file is removed.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
            throw new DirectoryNotFoundException($"cannot write {path}: its folder {folder} is missing");
        var temporary = TemporaryOf(path);
        try
        {
            using (var stream = Open(temporary, FileMode.Create))
            {
                write(stream);
                stream.Flush();
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>A journal opened for appending (created when missing).</summary>
    public static Stream OpenAppend(string path) => Open(path, FileMode.Append);

    /// <summary>A file created (or truncated) for writing; callers that need atomicity use <see cref="Write"/>.</summary>
    private static Stream Open(string path, FileMode mode)
    {
        var stream = new FileStream(path, mode, FileAccess.Write, FileShare.Read, 1 << 12);
        return DiskFaults.Current is { } quota ? new QuotaStream(stream, path, quota) : stream;
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
