using System.Text.Json;
using Evaluate.Core;
using Evaluate.Core.Files;

namespace Evaluate.Reports.Fidelity;

/// <summary>
/// Reads fidelity cases from JSONL: one object a line with <c>gold</c>, <c>response</c> (strings), <c>expected</c>
/// (true/false, or 1/0 as upstream tables write it) and optionally <c>source</c>, <c>line</c>, <c>documented</c>.
/// Written by tools/fidelity from upstream files that are not in this repository. A bad line is refused naming the
/// file, the line and the field.
/// </summary>
public static class FidelityCaseFile
{
    public static IReadOnlyList<FidelityCase> Read(string path)
    {
        var display = Path.GetFileName(path);
        var cases = new List<FidelityCase>();
        foreach (var (number, text) in TextFiles.ReadLines(path, display, "--cases"))
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            cases.Add(Parse(text, $"{display}:{number}", display, number));
        }
        if (cases.Count == 0) throw new UsageException($"{display}: no cases (one JSON object a line was expected)");
        return cases;
    }

    private static FidelityCase Parse(string text, string where, string file, int number)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw new UsageException($"{where}: not a JSON object ({e.Message})");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new UsageException($"{where}: not a JSON object");
            return new FidelityCase(
                RequiredString(root, "gold", where),
                RequiredString(root, "response", where),
                Expected(root, where),
                OptionalString(root, "source", where) ?? file,
                root.TryGetProperty("line", out var line) && line.ValueKind == JsonValueKind.Number && line.TryGetInt32(out var value) ? value : number,
                OptionalString(root, "documented", where));
        }
    }

    private static string RequiredString(JsonElement root, string field, string where) =>
        root.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new UsageException($"{where}: field '{field}' must be a string");

    private static string? OptionalString(JsonElement root, string field, string where)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new UsageException($"{where}: field '{field}' must be a string");
    }

    private static bool Expected(JsonElement root, string where)
    {
        if (root.TryGetProperty("expected", out var value))
        {
            if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number is 0 or 1) return number == 1;
        }
        throw new UsageException($"{where}: field 'expected' must be true, false, 1 or 0");
    }
}
