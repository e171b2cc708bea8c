using Evaluate.Core.Problems;

namespace Evaluate.Adapters.Replay;

/// <summary>
/// A replay file opened for streaming: one pass validates every line and keeps a small index (id → byte offset);
/// a record's responses are read back from disk only when its problem is solved. Memory therefore grows with the
/// number of problems, not with the number of responses.
/// </summary>
public sealed class ReplayFile
{
    private readonly Dictionary<string, ReplayEntry> _byId = new(StringComparer.Ordinal);
    private readonly List<ReplayEntry> _entries = [];

    private ReplayFile(string path, string displayName)
    {
        Path = path;
        DisplayName = displayName;
    }

    public string Path { get; }
    /// <summary>The path as the user gave it (recorded in results).</summary>
    public string DisplayName { get; }
    public IReadOnlyList<ReplayEntry> Entries => _entries;
    public long ResponseCount { get; private set; }

    public static ReplayFile Open(string path)
    {
        Evaluate.Core.Files.TextFiles.RequireRegularFile(path, "replay file");
        var file = new ReplayFile(System.IO.Path.GetFullPath(path), path);
        foreach (var (offset, line, bytes) in JsonLines.Read(file.Path))
        {
            if (!System.Text.Unicode.Utf8.IsValid(bytes.Span))
                throw new DatasetFormatException(path, line, "(line)", "not valid UTF-8 (convert the file to UTF-8)");
            var (entry, _) = ReplayLineParser.Parse(path, line, offset, bytes.Span);
            if (file._byId.TryGetValue(entry.Id, out var earlier))
                throw new DatasetFormatException(path, line, "id", $"'{entry.Id}' already recorded on line {earlier.Line}");
            file._byId[entry.Id] = entry;
            file._entries.Add(entry);
            file.ResponseCount += entry.ResponseCount;
        }
        if (file._entries.Count == 0) throw new DatasetFormatException(path, 1, "(file)", "no records");
        return file;
    }

    public ReplayEntry? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Reads the full record of <paramref name="id"/> back from disk.</summary>
    public ReplayRecord Read(string id)
    {
        var entry = Find(id) ?? throw new KeyNotFoundException($"{DisplayName}: no record with id '{id}'");
        var bytes = JsonLines.ReadAt(Path, entry.Offset);
        return ReplayLineParser.Parse(DisplayName, entry.Line, entry.Offset, bytes).Record;
    }
}
