using System.Text.Json;
using System.Text.Json.Nodes;

namespace Evaluate.Onnx.Tests.Prompting;

/// <summary>Builds template values (dicts, lists, strings, numbers) from JSON text, for tests that pass tools or tool calls.</summary>
public static class TemplateJson
{
    public static object? Parse(string json) => From(JsonNode.Parse(json));

    private static object? From(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => new OrderedDictionary<string, object?>(o.Select(p => KeyValuePair.Create(p.Key, From(p.Value)))),
        JsonArray a => a.Select(From).ToList(),
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when v.TryGetValue<long>(out var l) => l,
            _ => v.GetValue<double>(),
        },
        _ => throw new ArgumentException($"unexpected JSON node {node.GetType().Name}"),
    };
}
