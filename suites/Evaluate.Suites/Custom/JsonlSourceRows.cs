using System.Text.Json;
using Evaluate.Suites.Data;

namespace Evaluate.Suites.Custom;

/// <summary>JSONL rows as <see cref="SourceRow"/>s: strings as they are, other values as their JSON text.</summary>
public static class JsonlSourceRows
{
    public static IEnumerable<SourceRow> Read(string path, string displayName)
    {
        foreach (var row in JsonlRows.Read(path))
        {
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var property in row.Element.EnumerateObject())
                values[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.String => property.Value.GetString(),
                    _ => property.Value.GetRawText(),
                };
            yield return new SourceRow(displayName, row.Line, row.Index, values);
        }
    }
}
