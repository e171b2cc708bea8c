using System.Text.Json;
using System.Text.Json.Nodes;

namespace Evaluate.Adapters.OpenAI;

/// <summary>Tolerant readers for server JSON: a field of an unexpected type reads as absent instead of throwing.</summary>
public static class JsonNodeReading
{
    public static string? AsString(this JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static int? AsInt(this JsonNode? node) => node.AsDouble() is double number ? (int)Math.Round(number) : null;

    public static long? AsLong(this JsonNode? node) => node.AsDouble() is double number ? (long)Math.Round(number) : null;

    public static double? AsDouble(this JsonNode? node)
    {
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number) return null;
        if (value.TryGetValue(out double number)) return number;
        // Values built in code keep their CLR type (int, long); their JSON text always parses.
        return double.TryParse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out number)
            ? number
            : null;
    }

    public static bool? AsBool(this JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? value.GetValue<bool>()
            : null;

    /// <summary>Scalar text as written: strings unquoted, other values in JSON form; null for JSON null or absence.</summary>
    public static string? AsText(this JsonNode? node) =>
        node is null ? null : node.AsString() ?? node.ToJsonString();
}
