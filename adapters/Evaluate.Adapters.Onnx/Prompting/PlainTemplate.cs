using Evaluate.Core.Models;

namespace Evaluate.Adapters.Onnx.Prompting;

/// <summary>
/// For base (non-chat) models: the messages' contents separated by blank lines, then a blank line and the assistant
/// prefix. Roles are not written, so a single user message is the bare prompt.
/// </summary>
public sealed class PlainTemplate : IChatTemplate
{
    public static PlainTemplate Instance { get; } = new();

    public string Name => "plain";

    public string Render(IReadOnlyList<ChatMessage> messages, string? assistantPrefix) =>
        string.Join("\n\n", messages.Select(m => m.Content)) + "\n\n" + assistantPrefix;
}
