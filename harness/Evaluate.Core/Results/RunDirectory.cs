using System.Text.Json;
using Evaluate.Core.Metrics;
using Evaluate.Core.Running;

namespace Evaluate.Core.Results;

/// <summary>
/// A run directory read back: its manifest, summary, problem and sample records (streamed). Compare, gate, merge and
/// report are readers of these files, never re-runners. Schemas this version does not know are refused with a
/// <see cref="UsageException"/> naming the file, never read into a wrong figure.
/// </summary>
public sealed class RunDirectory
{
    private RunDirectory(ResultFiles files) => Files = files;

    public ResultFiles Files { get; }

    public string Path => Files.Directory;

    /// <summary>Opens a directory that holds a run (a manifest.json or a summary.json).</summary>
    public static RunDirectory Open(string path)
    {
        if (!Directory.Exists(path)) throw new UsageException($"{path}: no such run directory");
        var files = new ResultFiles(path);
        if (!File.Exists(files.Manifest) && !File.Exists(files.Summary))
            throw new UsageException($"{path}: not a run directory (no manifest.json or summary.json)");
        return new RunDirectory(files);
    }

    /// <summary>The manifest: from manifest.json, else (runs of older versions) from summary.json.</summary>
    public RunManifest ReadManifest()
    {
        if (File.Exists(Files.Manifest))
        {
            var file = Deserialize<ManifestFile>(Files.Manifest);
            RequireSchema(Files.Manifest, file.Schema, ManifestFile.SchemaName);
            return file.Manifest;
        }
        return ReadSummary().Manifest;
    }

    public bool HasSummary => File.Exists(Files.Summary);

    /// <summary>summary.json as written, schema checked.</summary>
    public RunSummary ReadSummary()
    {
        if (!HasSummary) throw new UsageException($"{Path}: no summary.json (the run never finished a summary)");
        // The file is read once; its schema is checked before the bytes are deserialised.
        return Parsed(Files.Summary, bytes =>
        {
            using (var document = JsonDocument.Parse(bytes))
            {
                var schema = document.RootElement.TryGetProperty("schema", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
                RequireSchema(Files.Summary, schema, RunSummary.SchemaName);
            }
            return JsonSerializer.Deserialize<RunSummary>(bytes, ResultJson.Indented) ?? throw new UsageException($"{Files.Summary}: empty");
        });
    }

    /// <summary>Whether the run finished every problem, as its summary says (false without a summary).</summary>
    public bool ReadComplete() => HasSummary && ReadSummary().Complete;

    /// <summary>problems.jsonl, streamed in file order.</summary>
    public IEnumerable<ProblemRecord> Problems() => ResultFiles.ReadLines<ProblemRecord>(Files.Problems);

    /// <summary>samples.jsonl, streamed in file order.</summary>
    public IEnumerable<SampleRecord> Samples() => ResultFiles.ReadLines<SampleRecord>(Files.Samples);

    /// <summary>The run as the summary reads it (compact sample facts; <see cref="Samples"/> streams the full records).</summary>
    public RunResult Read() => RunResult.Read(Files, ReadManifest(), ReadComplete());

    /// <summary>The summary computed afresh from the records: equal, byte for byte, to the one the run wrote.</summary>
    public RunSummary Summarise() => RunSummary.Build(Read());

    private static void RequireSchema(string file, string? schema, string expected)
    {
        if (schema != expected)
            throw new UsageException($"{file}: schema '{schema ?? "(none)"}' is not one this version of evaluate reads ({expected})");
    }

    private static T Deserialize<T>(string file) =>
        Parsed(file, bytes => JsonSerializer.Deserialize<T>(bytes, ResultJson.Indented) ?? throw new UsageException($"{file}: empty"));

    /// <summary>Reads <paramref name="file"/> once; malformed JSON is a usage error naming the file and line.</summary>
    private static T Parsed<T>(string file, Func<byte[], T> read)
    {
        try
        {
            return read(File.ReadAllBytes(file));
        }
        catch (JsonException e)
        {
            throw new Problems.DatasetFormatException(file, (int)(e.LineNumber ?? 0) + 1, e.Path ?? "(file)", e.Message);
        }
    }
}
