using System.Text.Json.Nodes;
using Evaluate.Adapters.Onnx.ModelFiles;

namespace Evaluate.Adapters.Onnx.Prompting;

/// <summary>
/// The model's own chat template and the special-token texts it refers to. Looked for as Hugging Face does, newest
/// export format first: <c>chat_template.jinja</c>, then <c>chat_template.json</c> (<c>{"chat_template": …}</c>), then
/// <c>tokenizer_config.json</c>'s <c>chat_template</c> (a string, or a list of <c>{name, template}</c> of which
/// "default" is used). <c>bos_token</c>/<c>eos_token</c> come from tokenizer_config.json (a string or <c>{content: …}</c>).
/// </summary>
/// <param name="Origin">The file and field the template came from, named in every error.</param>
public sealed record ModelTemplateSource(string Text, string Origin, string? BosToken, string? EosToken, bool? AddBosToken)
{
    public const string JinjaFile = "chat_template.jinja";
    public const string JsonFile = "chat_template.json";
    public const string TokenizerConfigFile = "tokenizer_config.json";

    /// <summary>The folder's chat template, or null when it has none (then the default is ChatML).</summary>
    public static ModelTemplateSource? Find(string folder)
    {
        var configPath = Path.Combine(folder, TokenizerConfigFile);
        var config = ModelFiles.JsonFile.ReadOptional(configPath);
        var bos = TokenText(config?["bos_token"], configPath, "bos_token");
        var eos = TokenText(config?["eos_token"], configPath, "eos_token");
        var addBos = config?["add_bos_token"] is JsonValue flag && flag.TryGetValue<bool>(out var b) ? b : (bool?)null;

        var jinjaPath = Path.Combine(folder, JinjaFile);
        if (File.Exists(jinjaPath)) return new ModelTemplateSource(File.ReadAllText(jinjaPath), jinjaPath, bos, eos, addBos);
        var jsonPath = Path.Combine(folder, JsonFile);
        if (ModelFiles.JsonFile.ReadOptional(jsonPath) is { } json)
            return FromField(json["chat_template"], jsonPath, bos, eos, addBos) ?? throw new FormatException($"{jsonPath}: no chat_template field");
        return config is null ? null : FromField(config["chat_template"], configPath, bos, eos, addBos);
    }

    private static ModelTemplateSource? FromField(JsonNode? field, string path, string? bos, string? eos, bool? addBos)
    {
        switch (field)
        {
            case null:
                return null;
            case JsonValue value when value.TryGetValue<string>(out var text):
                return new ModelTemplateSource(text, $"{path} (chat_template)", bos, eos, addBos);
            case JsonArray named:
                var entries = named.OfType<JsonObject>().ToList();
                var chosen = entries.FirstOrDefault(e => e["name"]?.GetValue<string>() == "default")
                    ?? throw new FormatException($"{path}: chat_template lists named templates ({string.Join(", ", entries.Select(e => e["name"]?.ToString()))}) but none named \"default\"");
                return chosen["template"] is JsonValue t && t.TryGetValue<string>(out var template)
                    ? new ModelTemplateSource(template, $"{path} (chat_template \"default\")", bos, eos, addBos)
                    : throw new FormatException($"{path}: chat_template \"default\" has no template string");
            default:
                throw new FormatException($"{path}: chat_template must be a string or a list of {{name, template}}, got {field.GetValueKind()}");
        }
    }

    /// <summary>A special token given as its text or as an AddedToken object (<c>{"content": "&lt;s&gt;", …}</c>).</summary>
    private static string? TokenText(JsonNode? node, string path, string field) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonObject token when token["content"] is JsonValue content && content.TryGetValue<string>(out var text) => text,
        _ => throw new FormatException($"{path}: {field} must be a string or an object with content, got {node.ToJsonString()}"),
    };
}
