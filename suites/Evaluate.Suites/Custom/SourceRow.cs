using Evaluate.Core.Problems;

namespace Evaluate.Suites.Custom;

/// <summary>
/// One row of a custom suite's source file, whatever its format: column values as text (numbers in invariant
/// culture, nested JSON as raw JSON, null when absent). <see cref="Line"/> is the 1-based line (JSONL, CSV) or row
/// number (Parquet) that error messages name; <see cref="Index"/> the 0-based data row, the default problem id.
/// </summary>
public sealed record SourceRow(string File, int Line, int Index, IReadOnlyDictionary<string, string?> Values)
{
    public string Required(string column)
    {
        if (!Values.TryGetValue(column, out var value) || value is null)
            throw new DatasetFormatException(File, Line, column, "missing");
        return value;
    }

    public string? Optional(string column) => Values.TryGetValue(column, out var value) ? value : null;
}
