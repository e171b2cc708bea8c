namespace Evaluate.Adapters.Onnx.Prompting;

/// <summary>The templates selectable with <c>template=</c> and how the choice becomes a template for a model folder.</summary>
public static class ChatTemplates
{
    public static readonly string[] Names = ["chatml", "plain", "model"];

    public static TemplateChoice Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" => TemplateChoice.Auto,
        "chatml" => TemplateChoice.ChatMl,
        "plain" => TemplateChoice.Plain,
        "model" => TemplateChoice.Model,
        _ => throw new FormatException($"template must be chatml, plain or model, got '{name}'"),
    };

    /// <summary>
    /// The template for <paramref name="folder"/>: chatml and plain as asked; model (and the default, when the folder
    /// has a template) parses the model's template now, refusing an unsupported construct with its position.
    /// </summary>
    public static IChatTemplate Resolve(TemplateChoice choice, string folder) => choice switch
    {
        TemplateChoice.ChatMl => ChatMlTemplate.Instance,
        TemplateChoice.Plain => PlainTemplate.Instance,
        TemplateChoice.Model => ModelTemplateSource.Find(folder) is { } source ? ModelChatTemplate.From(source)
            : throw new ArgumentException($"{Path.Combine(folder, ModelTemplateSource.TokenizerConfigFile)}: no chat_template (nor {ModelTemplateSource.JinjaFile} or {ModelTemplateSource.JsonFile}) for template=model; use template=chatml or template=plain"),
        _ => ModelTemplateSource.Find(folder) is { } found ? ModelChatTemplate.From(found) : ChatMlTemplate.Instance,
    };
}
