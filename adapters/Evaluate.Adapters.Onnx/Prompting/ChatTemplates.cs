namespace Evaluate.Adapters.Onnx.Prompting;

/// <summary>The templates selectable with <c>template=</c>.</summary>
public static class ChatTemplates
{
    public static IChatTemplate Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "chatml" => ChatMlTemplate.Instance,
        "plain" => PlainTemplate.Instance,
        _ => throw new FormatException($"template must be chatml or plain, got '{name}'"),
    };
}
