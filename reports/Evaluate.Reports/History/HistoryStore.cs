using System.Globalization;
using System.IO.Compression;
using System.Text;
using Evaluate.Core;
using Evaluate.Core.Results;
using Microsoft.Data.Sqlite;

namespace Evaluate.Reports.History;

/// <summary>
/// The run history: a SQLite database that `run`, `replay` and `gate` append finished runs to, and that `report`
/// draws trends from and `gate` takes baselines from. Each entry keeps the summary, the manifest and the records
/// (problems and samples without response text, gzip-compressed), so a baseline can be compared problem by problem
/// after the run directory is gone (CI keeps only the database). The schema is versioned with PRAGMA user_version
/// and migrated on open; WAL mode and IMMEDIATE transactions with a busy timeout let several processes append at once.
/// </summary>
public sealed class HistoryStore
{
    /// <summary>The schema this version writes; older databases are migrated forward, newer ones refused.</summary>
    public const int SchemaVersion = 1;

    private readonly string _connectionString;

    private HistoryStore(string path)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, DefaultTimeout = 60, Pooling = false }.ToString();
    }

    public string Path { get; }

    public static HistoryStore Open(string path)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        Evaluate.Core.Files.DatabaseFiles.RequireUsable(path, "--history");
        var store = new HistoryStore(path);
        try { store.Migrate(); }
        catch (Microsoft.Data.Sqlite.SqliteException e) { throw new UsageException($"--history '{path}' is not a usable history database: {e.Message}"); }
        return store;
    }

    /// <summary>Appends a finished run directory; <paramref name="gatePassed"/> is null when the run was not gated.</summary>
    public long Append(string runDirectory, string? tag, bool? gatePassed)
    {
        var run = RunDirectory.Open(runDirectory);
        var summary = File.ReadAllText(run.Files.Summary);
        var manifest = run.ReadManifest();
        var problems = Compress(File.Exists(run.Files.Problems) ? File.ReadAllText(run.Files.Problems) : "");
        var samples = Compress(SlimSamples.Of(run));
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO runs (recorded_at, run_name, fingerprint, path, tag, gate_passed, summary_json, manifest_json, problems_gz, samples_gz)
            VALUES ($at, $name, $fingerprint, $path, $tag, $passed, $summary, $manifest, $problems, $samples);
            SELECT last_insert_rowid();
            """;
        command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$name", manifest.Run);
        command.Parameters.AddWithValue("$fingerprint", (object?)manifest.Fingerprint ?? DBNull.Value);
        command.Parameters.AddWithValue("$path", System.IO.Path.GetFullPath(runDirectory));
        command.Parameters.AddWithValue("$tag", (object?)tag ?? DBNull.Value);
        command.Parameters.AddWithValue("$passed", gatePassed is null ? DBNull.Value : gatePassed.Value ? 1 : 0);
        command.Parameters.AddWithValue("$summary", summary);
        command.Parameters.AddWithValue("$manifest", System.Text.Json.JsonSerializer.Serialize(new ManifestFile(ManifestFile.SchemaName, manifest), Core.Running.ResultJson.Indented));
        command.Parameters.AddWithValue("$problems", problems);
        command.Parameters.AddWithValue("$samples", samples);
        var id = (long)command.ExecuteScalar()!;
        transaction.Commit();
        return id;
    }

    /// <summary>
    /// Records a gate's verdict on a run: on its latest ungated entry when the run was already appended (a nightly's
    /// run --history, then gate), else as a new entry, so one run is one entry.
    /// </summary>
    public long RecordVerdict(string runDirectory, bool passed)
    {
        using (var connection = Connect())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                UPDATE runs SET gate_passed = $passed
                WHERE id = (SELECT MAX(id) FROM runs WHERE path = $path AND gate_passed IS NULL)
                RETURNING id;
                """;
            command.Parameters.AddWithValue("$passed", passed ? 1 : 0);
            command.Parameters.AddWithValue("$path", System.IO.Path.GetFullPath(runDirectory));
            if (command.ExecuteScalar() is long id) return id;
        }
        return Append(runDirectory, tag: null, gatePassed: passed);
    }

    /// <summary>Every entry, oldest first (summaries only), for trend charts.</summary>
    public IReadOnlyList<HistoryEntry> Entries()
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, recorded_at, run_name, tag, gate_passed, summary_json FROM runs ORDER BY id";
        using var reader = command.ExecuteReader();
        var entries = new List<HistoryEntry>();
        while (reader.Read())
            entries.Add(new HistoryEntry(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetInt64(4) == 1, reader.GetString(5)));
        return entries;
    }

    /// <summary>
    /// The baseline a gate compares with: the latest entry with <paramref name="tag"/>, or without a tag the latest
    /// entry no gate failed (gated and passed, or appended by run/replay without a gate), leaving out entries of the
    /// candidate's own directory (a nightly appends its run before gating it). Written out as a run directory (deleted
    /// when disposed). Null when there is none.
    /// </summary>
    public MaterialisedRun? MaterialiseBaseline(string? tag, string? candidateDirectory = null)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = tag is null
            ? "SELECT id, summary_json, manifest_json, problems_gz, samples_gz FROM runs WHERE (gate_passed IS NULL OR gate_passed = 1) AND path <> $candidate ORDER BY id DESC LIMIT 1"
            : "SELECT id, summary_json, manifest_json, problems_gz, samples_gz FROM runs WHERE tag = $tag ORDER BY id DESC LIMIT 1";
        if (tag is not null) command.Parameters.AddWithValue("$tag", tag);
        command.Parameters.AddWithValue("$candidate", candidateDirectory is null ? "" : System.IO.Path.GetFullPath(candidateDirectory));
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "evaluate-history", $"run-{reader.GetInt64(0)}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        File.WriteAllText(System.IO.Path.Combine(directory, "summary.json"), reader.GetString(1));
        File.WriteAllText(System.IO.Path.Combine(directory, "manifest.json"), reader.GetString(2));
        File.WriteAllText(System.IO.Path.Combine(directory, "problems.jsonl"), Decompress((byte[])reader.GetValue(3)));
        File.WriteAllText(System.IO.Path.Combine(directory, "samples.jsonl"), Decompress((byte[])reader.GetValue(4)));
        return new MaterialisedRun(directory, reader.GetInt64(0));
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        // WAL lets readers and one writer work at once; busy_timeout makes a second appender wait instead of failing.
        pragma.CommandText = "PRAGMA busy_timeout = 60000; PRAGMA journal_mode = WAL;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    private void Migrate()
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        using var version = connection.CreateCommand();
        version.Transaction = transaction;
        version.CommandText = "PRAGMA user_version";
        var current = Convert.ToInt32(version.ExecuteScalar(), CultureInfo.InvariantCulture);
        if (current > SchemaVersion)
            throw new UsageException($"{Path}: history schema version {current} is newer than this version of evaluate reads ({SchemaVersion})");
        if (current < 1)
        {
            using var create = connection.CreateCommand();
            create.Transaction = transaction;
            create.CommandText = """
                CREATE TABLE IF NOT EXISTS runs (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    recorded_at TEXT NOT NULL,
                    run_name TEXT NOT NULL,
                    fingerprint TEXT,
                    path TEXT NOT NULL,
                    tag TEXT,
                    gate_passed INTEGER,
                    summary_json TEXT NOT NULL,
                    manifest_json TEXT NOT NULL,
                    problems_gz BLOB NOT NULL,
                    samples_gz BLOB NOT NULL);
                CREATE INDEX IF NOT EXISTS runs_tag ON runs(tag);
                PRAGMA user_version = 1;
                """;
            create.ExecuteNonQuery();
        }
        // Future migrations: if (current < 2) { ALTER TABLE …; PRAGMA user_version = 2; }
        transaction.Commit();
    }

    private static byte[] Compress(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal)) gzip.Write(Encoding.UTF8.GetBytes(text));
        return buffer.ToArray();
    }

    private static string Decompress(byte[] data)
    {
        using var gzip = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
