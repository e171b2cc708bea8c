using System.Text;
using Evaluate.Core.Problems;

namespace Evaluate.Suites.Custom;

/// <summary>
/// Reads CSV (RFC 4180: comma separated, double-quoted fields may hold commas, quotes as "" and line breaks) with a
/// header row naming the columns. Streams record by record; errors name the file and the line a record starts on.
/// </summary>
public static class CsvRows
{
    public static IEnumerable<SourceRow> Read(string path, string displayName)
    {
        using var reader = Evaluate.Core.Files.TextFiles.OpenReader(path, path, "suite source");
        var line = 1;
        string[]? header = null;
        var index = 0;
        while (true)
        {
            var start = line;
            var fields = ReadRecord(reader, displayName, ref line);
            if (fields is null) yield break;
            if (fields.Count == 1 && fields[0].Length == 0) continue;
            if (header is null)
            {
                header = fields.Select(f => f.Trim()).ToArray();
                var duplicate = header.GroupBy(h => h).FirstOrDefault(g => g.Count() > 1);
                if (duplicate is not null) throw new DatasetFormatException(displayName, start, duplicate.Key, "column appears twice in the header");
                continue;
            }
            if (fields.Count != header.Length)
                throw new DatasetFormatException(displayName, start, "(row)", $"has {fields.Count} fields, the header has {header.Length}");
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++) values[header[i]] = fields[i];
            yield return new SourceRow(displayName, start, index++, values);
        }
    }

    /// <summary>The fields of the next record, or null at the end of the file.</summary>
    private static List<string>? ReadRecord(TextReader reader, string file, ref int line)
    {
        if (reader.Peek() < 0) return null;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var start = line;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                if (quoted) throw new DatasetFormatException(file, start, "(row)", "a quoted field is never closed");
                fields.Add(field.ToString());
                return fields;
            }
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else quoted = false;
                }
                else
                {
                    if (ch == '\n') line++;
                    field.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    line++;
                    fields.Add(field.ToString());
                    return fields;
                default:
                    field.Append(ch);
                    break;
            }
        }
    }
}
