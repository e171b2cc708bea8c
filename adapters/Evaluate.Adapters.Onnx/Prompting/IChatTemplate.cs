using Evaluate.Core.Models;

namespace Evaluate.Adapters.Onnx.Prompting;

/// <summary>Renders a conversation into the prompt text, ending with the open assistant turn and its prefix verbatim.</summary>
public interface IChatTemplate
{
    string Name { get; }

    string Render(IReadOnlyList<ChatMessage> messages, string? assistantPrefix);
}
