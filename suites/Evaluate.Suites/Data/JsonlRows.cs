using System.Text.Json;
using Evaluate.Core.Problems;

namespace Evaluate.Suites.Data;

/// <summary>
/// Reads a JSONL file one line at a time. Every error names the file, the 1-based line and the field.
/// Blank lines are skipped; the row index counts only data lines (it is the problem id for GSM8K and Omni-MATH).
/// </summary>
public static class JsonlRows
{
    public static IEnumerable<JsonRow> Read(string path)
    {
        var name = Path.GetFileName(Path.GetDirectoryName(path)) + "/" + Path.GetFileName(path);
        var index = 0;
        foreach (var (lineNumber, line) in Evaluate.Core.Files.TextFiles.ReadLines(path, name, "data file"))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            JsonDocument document;
            try { document = JsonDocument.Parse(line); }
            catch (JsonException e) { throw new DatasetFormatException(name, lineNumber, "(line)", $"not valid JSON: {e.Message}"); }
            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                    throw new DatasetFormatException(name, lineNumber, "(line)", "expected a JSON object");
                yield return new JsonRow(name, lineNumber, index++, document.RootElement);
            }
        }
    }
}

/// <summary>One parsed JSONL line with typed, error-reporting field access. Valid only while being enumerated.</summary>
public readonly record struct JsonRow(string File, int Line, int Index, JsonElement Element)
{
    public string RequiredString(string field)
    {
        if (!Element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            throw new DatasetFormatException(File, Line, field, "missing");
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new DatasetFormatException(File, Line, field, $"expected a string, got {value.ValueKind}"),
        };
    }

    public string? OptionalString(string field) =>
        Element.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null ? RequiredString(field) : null;

    public double RequiredNumber(string field)
    {
        if (!Element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            throw new DatasetFormatException(File, Line, field, "missing");
        if (value.ValueKind == JsonValueKind.Number) return value.GetDouble();
        if (value.ValueKind == JsonValueKind.String && double.TryParse(value.GetString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d))
            return d;
        throw new DatasetFormatException(File, Line, field, $"expected a number, got {value.GetRawText()}");
    }

    public JsonElement? Optional(string field) =>
        Element.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
}
