using System.Text.Json;
using System.Text.Json.Nodes;

namespace Evaluate.Adapters.Onnx.Tokenization;

/// <summary>
/// One object of tokenizer.json with its JSON path. Reads are strict: a key the reader did not list in
/// <see cref="Allow"/>, or a value of the wrong kind, is refused naming its path, so no option is skipped unseen.
/// </summary>
internal sealed class JsonSection(JsonObject node, string path)
{
    public string Path => path;

    public static JsonSection? Optional(JsonNode? node, string path) => node switch
    {
        null => null,
        JsonObject o => new JsonSection(o, path),
        _ => throw new TokenizerFieldException(path, "must be an object or null"),
    };

    public string Field(string key) => path.Length == 0 ? key : $"{path}.{key}";

    /// <summary>Refuses every key not listed: an option this reader does not know is an option not implemented.</summary>
    public JsonSection Allow(params string[] keys)
    {
        foreach (var (key, _) in node)
            if (!keys.Contains(key, StringComparer.Ordinal))
                throw new TokenizerFieldException(Field(key), "this option is not implemented (see docs/onnx.md, Tokenizers)");
        return this;
    }

    public JsonNode? Node(string key) => node[key];

    public IEnumerable<KeyValuePair<string, JsonNode?>> Entries => node;

    public string Type => String("type") ?? throw new TokenizerFieldException(Field("type"), "is missing");

    public string? String(string key) => node[key] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => throw new TokenizerFieldException(Field(key), "must be a string"),
    };

    public string RequiredString(string key) => String(key) ?? throw new TokenizerFieldException(Field(key), "is missing");

    public bool Bool(string key, bool absent) => node[key] switch
    {
        null => absent,
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        _ => throw new TokenizerFieldException(Field(key), "must be true or false"),
    };

    public int Int(string key, int absent) => node[key] switch
    {
        null => absent,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var i) => i,
        _ => throw new TokenizerFieldException(Field(key), "must be a whole number"),
    };

    public JsonSection? Section(string key) => Optional(node[key], Field(key));

    public JsonSection RequiredSection(string key) => Section(key) ?? throw new TokenizerFieldException(Field(key), "is missing");

    /// <summary>An array of objects, each with its indexed path (<c>normalizers[2]</c>).</summary>
    public IReadOnlyList<JsonSection> Sections(string key) => Array(key)
        .Select((item, i) => Optional(item, $"{Field(key)}[{i}]") ?? throw new TokenizerFieldException($"{Field(key)}[{i}]", "must be an object"))
        .ToList();

    public JsonArray Array(string key) => node[key] switch
    {
        null => [],
        JsonArray a => a,
        _ => throw new TokenizerFieldException(Field(key), "must be an array"),
    };

    public TokenizerFieldException Refuse(string key, string reason) => new(Field(key), reason);
}
