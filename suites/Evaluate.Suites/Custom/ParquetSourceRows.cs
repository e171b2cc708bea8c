using System.Globalization;
using Parquet.Serialization;

namespace Evaluate.Suites.Custom;

/// <summary>Parquet rows as <see cref="SourceRow"/>s (flat columns; values formatted in invariant culture). Line = 1-based row number.</summary>
public static class ParquetSourceRows
{
    public static IReadOnlyList<SourceRow> Read(string path, string displayName)
    {
        using var stream = File.OpenRead(path);
        var result = ParquetSerializer.DeserializeUntypedAsync(stream).GetAwaiter().GetResult();
        var rows = new List<SourceRow>();
        foreach (var data in result.Data)
        {
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var (column, value) in data)
                values[column] = value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture);
            rows.Add(new SourceRow(displayName, rows.Count + 1, rows.Count, values));
        }
        return rows;
    }
}
