using Evaluate.Core;
using Microsoft.Data.Sqlite;

namespace Evaluate.Adapters.Cache;

/// <summary>
/// A SQLite file of responses by <see cref="CacheKey"/>. WAL mode and a busy timeout make it safe for several runs (and
/// several processes) at once; an entry is written once (INSERT OR IGNORE), so concurrent writers never conflict.
/// Only answers are stored: a failed call is never cached. No secret is part of a key or a value.
/// </summary>
public sealed class ResponseCache
{
    private const int SchemaVersion = 1;
    private readonly string _connectionString;

    public ResponseCache(string path)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory)) throw new UsageException($"--cache '{path}': folder '{directory}' does not exist");
        Evaluate.Core.Files.DatabaseFiles.RequireUsable(path, "--cache");
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 }.ToString();
        Path = path;
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        int version;
        try { version = Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture); }
        catch (SqliteException e) { throw new UsageException($"--cache '{path}' is not a usable SQLite cache: {e.Message}"); }
        if (version > SchemaVersion)
            throw new UsageException($"--cache '{path}': written by a newer version of evaluate (schema {version}; this one reads {SchemaVersion})");
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, model TEXT NOT NULL, result TEXT NOT NULL, created_utc TEXT NOT NULL);
            PRAGMA user_version = 1;
            """;
        try { command.ExecuteNonQuery(); }
        catch (SqliteException e) { throw new UsageException($"--cache '{path}' is not a usable SQLite cache: {e.Message}"); }
    }

    public string Path { get; }

    public string? Find(string key)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT result FROM responses WHERE key = $key;";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }

    public void Store(string key, string model, string result)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR IGNORE INTO responses (key, model, result, created_utc) VALUES ($key, $model, $result, $created);";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$model", model);
        command.Parameters.AddWithValue("$result", result);
        command.Parameters.AddWithValue("$created", DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }

    private SqliteConnection Open()
    {
        // DefaultTimeout (30 s) is also how long Microsoft.Data.Sqlite waits on a locked database: no PRAGMA per open.
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }
}
