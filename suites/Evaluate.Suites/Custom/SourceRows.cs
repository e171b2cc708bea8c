namespace Evaluate.Suites.Custom;

/// <summary>Picks the reader by the source file's extension: .jsonl/.json (JSON lines), .csv, .parquet.</summary>
public static class SourceRows
{
    public static readonly string[] Extensions = [".jsonl", ".json", ".csv", ".parquet"];

    public static IEnumerable<SourceRow> Read(string path, string displayName) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".jsonl" or ".json" => JsonlSourceRows.Read(path, displayName),
            ".csv" => CsvRows.Read(path, displayName),
            ".parquet" => ParquetSourceRows.Read(path, displayName),
            var other => throw new NotSupportedException($"{displayName}: unsupported source format '{other}' (known: {string.Join(", ", Extensions)})"),
        };
}
