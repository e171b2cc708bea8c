using System.Text.Json;

namespace Evaluate.Suites.Downloads;

/// <summary>
/// Trust on first use for sources without a pinned SHA-256: the hash of the first download made with
/// --allow-unpinned is recorded in <c>datasets.lock.json</c> in the data directory, and every later fetch or
/// verify must match it. A pinned hash in <see cref="DatasetSources"/> always wins over the lock.
/// </summary>
public sealed class DatasetLock(string dataRoot)
{
    public const string FileName = "datasets.lock.json";

    private string LockPath => Path.Combine(dataRoot, FileName);

    public string? Get(string relativePath) => Read().GetValueOrDefault(relativePath);

    public void Record(string relativePath, string sha256)
    {
        var entries = Read();
        entries[relativePath] = sha256;
        Directory.CreateDirectory(dataRoot);
        var temporary = LockPath + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(entries, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        File.Move(temporary, LockPath, overwrite: true);
    }

    private SortedDictionary<string, string> Read()
    {
        if (!File.Exists(LockPath)) return new(StringComparer.Ordinal);
        try
        {
            return new(JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(LockPath)) ?? [], StringComparer.Ordinal);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{LockPath}: not a valid lock file ({e.Message}); delete it to re-trust on the next fetch");
        }
    }
}
