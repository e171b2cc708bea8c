using System.Text.Json;
using System.Text.Json.Nodes;

namespace Evaluate.Adapters.Onnx.ModelFiles;

/// <summary>Reads the JSON files of an export; every failure names the file.</summary>
internal static class JsonFile
{
    public static JsonObject Read(string path)
    {
        if (!File.Exists(path)) throw new ArgumentException($"{path}: file not found");
        try
        {
            return JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new FormatException($"{path}: not a JSON object");
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path}: not valid JSON: {e.Message}", e);
        }
    }

    public static JsonObject? ReadOptional(string path) => File.Exists(path) ? Read(path) : null;

    public static int? Int(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<int>(out var i) ? i : null;

    /// <summary>A token id given as a number or as a list of numbers (Hugging Face allows both for eos_token_id).</summary>
    public static IReadOnlyList<int> Ids(JsonNode? node) => node switch
    {
        JsonArray array => array.Select(Int).Where(i => i is not null).Select(i => i!.Value).ToList(),
        _ => Int(node) is { } id ? [id] : [],
    };
}
