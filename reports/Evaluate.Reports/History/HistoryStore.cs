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
/// A run is recorded once: an entry is keyed by the run's fingerprint and <see cref="RunId"/>, and recording the same
/// run again (gating one candidate twice, a retried CI job) updates that entry instead of adding another.
/// </summary>
public sealed class HistoryStore
{
    /// <summary>The schema this version writes; older databases are migrated forward, newer ones refused.</summary>
    public const int SchemaVersion = 2;

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

    /// <summary>
    /// Appends a finished run directory; <paramref name="gatePassed"/> is null when the run was not gated. A run
    /// already recorded (same fingerprint and run id) is not added again: its entry is returned as already recorded
    /// (and given the verdict, when there is one).
    /// </summary>
    public HistoryAppend Append(string runDirectory, string? tag, bool? gatePassed)
    {
        var run = RunDirectory.Open(runDirectory);
        var summary = File.ReadAllText(run.Files.Summary);
        var manifest = run.ReadManifest();
        var runId = RunId.Of(run);
        var problems = Compress(File.Exists(run.Files.Problems) ? File.ReadAllText(run.Files.Problems) : "");
        var samples = Compress(SlimSamples.Of(run));
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        // Checked inside the (IMMEDIATE) write transaction, so two processes recording one run add one entry.
        if (Recorded(connection, transaction, manifest.Fingerprint, runId) is { } existing)
        {
            if (gatePassed is { } passed) SetVerdict(connection, transaction, existing, passed);
            transaction.Commit();
            return new HistoryAppend(existing, AlreadyRecorded: true);
        }
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO runs (recorded_at, run_name, fingerprint, run_id, path, tag, gate_passed, summary_json, manifest_json, problems_gz, samples_gz)
            VALUES ($at, $name, $fingerprint, $run_id, $path, $tag, $passed, $summary, $manifest, $problems, $samples);
            SELECT last_insert_rowid();
            """;
        command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$name", manifest.Run);
        command.Parameters.AddWithValue("$fingerprint", (object?)manifest.Fingerprint ?? DBNull.Value);
        command.Parameters.AddWithValue("$run_id", runId);
        command.Parameters.AddWithValue("$path", System.IO.Path.GetFullPath(runDirectory));
        command.Parameters.AddWithValue("$tag", (object?)tag ?? DBNull.Value);
        command.Parameters.AddWithValue("$passed", gatePassed is null ? DBNull.Value : gatePassed.Value ? 1 : 0);
        command.Parameters.AddWithValue("$summary", summary);
        command.Parameters.AddWithValue("$manifest", System.Text.Json.JsonSerializer.Serialize(new ManifestFile(ManifestFile.SchemaName, manifest), Core.Running.ResultJson.Indented));
        command.Parameters.AddWithValue("$problems", problems);
        command.Parameters.AddWithValue("$samples", samples);
        var id = (long)command.ExecuteScalar()!;
        transaction.Commit();
        return new HistoryAppend(id, AlreadyRecorded: false);
    }

    /// <summary>
    /// Records a gate's verdict on a run: on its entry when the run was already appended (a nightly's run --history,
    /// then gate; or the same candidate gated again, which <see cref="HistoryAppend.AlreadyRecorded"/> tells when the
    /// entry had a verdict already), else as a new entry, so one run is one entry. The latest verdict is kept.
    /// </summary>
    public HistoryAppend RecordVerdict(string runDirectory, bool passed)
    {
        var run = RunDirectory.Open(runDirectory);
        var fingerprint = run.ReadManifest().Fingerprint;
        var runId = RunId.Of(run);
        using (var connection = Connect())
        using (var transaction = connection.BeginTransaction())
        {
            if (Recorded(connection, transaction, fingerprint, runId) is { } existing)
            {
                var gatedBefore = Verdict(connection, transaction, existing) is not null;
                SetVerdict(connection, transaction, existing, passed);
                transaction.Commit();
                return new HistoryAppend(existing, AlreadyRecorded: gatedBefore);
            }
        }
        return Append(runDirectory, tag: null, gatePassed: passed);
    }

    private static long? Recorded(SqliteConnection connection, SqliteTransaction transaction, string? fingerprint, string runId)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT id FROM runs WHERE run_id = $run_id AND fingerprint IS $fingerprint ORDER BY id LIMIT 1";
        command.Parameters.AddWithValue("$run_id", runId);
        command.Parameters.AddWithValue("$fingerprint", (object?)fingerprint ?? DBNull.Value);
        return command.ExecuteScalar() as long?;
    }

    private static bool? Verdict(SqliteConnection connection, SqliteTransaction transaction, long id)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT gate_passed FROM runs WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteScalar() is long value ? value == 1 : null;
    }

    private static void SetVerdict(SqliteConnection connection, SqliteTransaction transaction, long id, bool passed)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE runs SET gate_passed = $passed WHERE id = $id";
        command.Parameters.AddWithValue("$passed", passed ? 1 : 0);
        command.Parameters.AddWithValue("$id", id);
        command.ExecuteNonQuery();
    }

    /// <summary>Every entry, oldest first (summaries only), for trend charts.</summary>
    public IReadOnlyList<HistoryEntry> Entries()
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, recorded_at, run_name, tag, gate_passed, summary_json, fingerprint FROM runs ORDER BY id";
        using var reader = command.ExecuteReader();
        var entries = new List<HistoryEntry>();
        while (reader.Read())
            entries.Add(new HistoryEntry(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetInt64(4) == 1, reader.GetString(5)) { Fingerprint = reader.IsDBNull(6) ? null : reader.GetString(6) });
        return entries;
    }

    /// <summary>
    /// Every entry, oldest first, each with its drops from the previous entry in <paramref name="metrics"/> marked
    /// significant or noise (<see cref="TrendDrops"/>), for trend charts.
    /// </summary>
    public IReadOnlyList<HistoryEntry> EntriesWithDrops(Core.Metrics.MetricCatalog? catalog = null, IReadOnlyList<string>? metrics = null, double alpha = Gate.GateRules.DefaultAlpha) =>
        TrendDrops.Mark(this, Entries(), metrics ?? ["accuracy", "mean_completion_tokens_per_problem"], catalog ?? Core.Metrics.MetricCatalog.Default, alpha);

    /// <summary>
    /// The baseline a gate compares with: the latest entry with <paramref name="tag"/>, or without a tag the latest
    /// entry no gate failed (gated and passed, or appended by run/replay without a gate), leaving out the candidate's
    /// own entry (a nightly appends its run before gating it). With <paramref name="pool"/> K above 1: the last K such
    /// entries (passing, and with the tag when one is given) that share the candidate's fingerprint, pooled into one run
    /// (<see cref="PooledRecords"/>). Written out as a run directory (deleted when disposed) named by run name, tag and
    /// date. Null when there is none.
    /// </summary>
    public MaterialisedRun? MaterialiseBaseline(string? tag, string? candidateDirectory = null, int pool = 1)
    {
        if (pool < 1) throw new UsageException($"--pool must be at least 1 (got {pool})");
        var candidate = candidateDirectory is null ? null : RunDirectory.Open(candidateDirectory);
        var fingerprint = candidate?.ReadManifest().Fingerprint;
        var candidateRunId = candidate is null ? "" : RunId.Of(candidate);
        using var connection = Connect();
        using var command = connection.CreateCommand();
        var filter = tag is null ? "(gate_passed IS NULL OR gate_passed = 1)" : pool > 1 ? "tag = $tag AND (gate_passed IS NULL OR gate_passed = 1)" : "tag = $tag";
        var own = "NOT (path = $candidate OR (run_id = $run_id AND fingerprint IS $fingerprint))";
        var sameFingerprint = pool > 1 ? " AND fingerprint IS $fingerprint" : "";
        command.CommandText = $"SELECT id, recorded_at, run_name, tag, summary_json, manifest_json, problems_gz, samples_gz FROM runs WHERE {filter} AND {own}{sameFingerprint} ORDER BY id DESC LIMIT $pool";
        if (tag is not null) command.Parameters.AddWithValue("$tag", tag);
        command.Parameters.AddWithValue("$candidate", candidateDirectory is null ? "" : System.IO.Path.GetFullPath(candidateDirectory));
        command.Parameters.AddWithValue("$run_id", candidateRunId);
        command.Parameters.AddWithValue("$fingerprint", (object?)fingerprint ?? DBNull.Value);
        command.Parameters.AddWithValue("$pool", pool);
        var rows = new List<(long Id, string RecordedAt, string RunName, string? Tag, string Summary, string Manifest, string Problems, string Samples)>();
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4), reader.GetString(5),
                    Decompress((byte[])reader.GetValue(6)), Decompress((byte[])reader.GetValue(7))));
        if (rows.Count == 0) return null;

        var newest = rows[0];
        var (problems, samples) = rows.Count == 1 ? (newest.Problems, newest.Samples) : PooledRecords.Pool(rows.Select(r => (r.Problems, r.Samples)).ToList());
        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "evaluate-history", $"run-{newest.Id}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        File.WriteAllText(System.IO.Path.Combine(directory, "summary.json"), newest.Summary);
        File.WriteAllText(System.IO.Path.Combine(directory, "manifest.json"), newest.Manifest);
        File.WriteAllText(System.IO.Path.Combine(directory, "problems.jsonl"), problems);
        File.WriteAllText(System.IO.Path.Combine(directory, "samples.jsonl"), samples);
        var label = HistoryLabels.Pooled(rows.Select(r => (r.Id, r.RunName, r.Tag, r.RecordedAt)).ToList());
        return new MaterialisedRun(directory, newest.Id, label, rows.Select(r => r.Id).ToList());
    }

    /// <summary>One entry written out as a run directory (deleted when disposed), for trend comparisons.</summary>
    public MaterialisedRun Materialise(long id)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, recorded_at, run_name, tag, summary_json, manifest_json, problems_gz, samples_gz FROM runs WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) throw new UsageException($"{Path}: no history entry {id}");
        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "evaluate-history", $"run-{id}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        File.WriteAllText(System.IO.Path.Combine(directory, "summary.json"), reader.GetString(4));
        File.WriteAllText(System.IO.Path.Combine(directory, "manifest.json"), reader.GetString(5));
        File.WriteAllText(System.IO.Path.Combine(directory, "problems.jsonl"), Decompress((byte[])reader.GetValue(6)));
        File.WriteAllText(System.IO.Path.Combine(directory, "samples.jsonl"), Decompress((byte[])reader.GetValue(7)));
        return new MaterialisedRun(directory, id, HistoryLabels.Of(id, reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(1)), [id]);
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
        if (current < 2)
        {
            // Version 2: the run id, so one run is one entry. Entries recorded before have none and never match.
            using var addRunId = connection.CreateCommand();
            addRunId.Transaction = transaction;
            addRunId.CommandText = """
                ALTER TABLE runs ADD COLUMN run_id TEXT;
                CREATE INDEX IF NOT EXISTS runs_run_id ON runs(run_id);
                PRAGMA user_version = 2;
                """;
            addRunId.ExecuteNonQuery();
        }
        // Future migrations: if (current < 3) { ALTER TABLE …; PRAGMA user_version = 3; }
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
