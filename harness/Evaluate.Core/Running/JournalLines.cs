using System.Text.Json;

namespace Evaluate.Core.Running;

/// <summary>
/// The append-only journals of a run (samples, problems, timings) as raw lines. A process killed mid-write leaves at
/// most one torn line at the end of a file (no closing newline): <see cref="DropTornTail"/> cuts it off, so a resume
/// never fails on it and never keeps half a record. Lines are moved as the bytes they are (never re-serialised), so
/// kept records stay byte-identical.
/// </summary>
public static class JournalLines
{
    /// <summary>Cuts a file back to its last newline. Returns the number of bytes dropped.</summary>
    public static long DropTornTail(string path)
    {
        if (!File.Exists(path)) return 0;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        var length = stream.Length;
        if (length == 0) return 0;
        var buffer = new byte[Math.Min(length, 1 << 16)];
        var end = length;
        while (end > 0)
        {
            var chunk = (int)Math.Min(buffer.Length, end);
            stream.Position = end - chunk;
            stream.ReadExactly(buffer, 0, chunk);
            var newline = Array.LastIndexOf(buffer, (byte)'\n', chunk - 1, chunk);
            if (newline >= 0)
            {
                var keep = end - chunk + newline + 1;
                if (keep != length) stream.SetLength(keep);
                return length - keep;
            }
            end -= chunk;
        }
        stream.SetLength(0);
        return length;
    }

    /// <summary>Rewrites <paramref name="path"/> with only the lines <paramref name="keep"/> accepts, atomically.</summary>
    public static void Filter(string path, Func<JsonElement, bool> keep) =>
        Rewrite(path, Read(path, keep).Where(l => l.Value).Select(l => l.Text));

    /// <summary>Rewrites <paramref name="path"/> with its lines ordered by <paramref name="key"/> (stable), atomically.</summary>
    public static void Sort<TKey>(string path, Func<JsonElement, TKey> key) =>
        Rewrite(path, Read(path, key).ToList().OrderBy(l => l.Value).Select(l => l.Text));

    private static void Rewrite(string path, IEnumerable<string> lines)
    {
        if (!File.Exists(path)) return;
        Files.OutputFile.WriteText(path, writer =>
        {
            foreach (var text in lines)
            {
                writer.Write(text);
                writer.Write('\n');
            }
        });
    }

    /// <summary>Each line with what <paramref name="project"/> reads from it, taken while its parsed form is alive.</summary>
    private static IEnumerable<(string Text, T Value)> Read<T>(string path, Func<JsonElement, T> project)
    {
        if (!File.Exists(path)) yield break;
        foreach (var (number, line) in Files.TextFiles.ReadLines(path, path, "result file"))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            JsonDocument document;
            try { document = JsonDocument.Parse(line); }
            catch (JsonException e) { throw new Problems.DatasetFormatException(path, number, e.Path ?? "(line)", e.Message); }
            using (document) yield return (line, project(document.RootElement));
        }
    }
}
