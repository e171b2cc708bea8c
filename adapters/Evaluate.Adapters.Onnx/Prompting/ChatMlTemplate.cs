using System.Text;
using Evaluate.Core.Models;

namespace Evaluate.Adapters.Onnx.Prompting;

/// <summary>
/// ChatML (Qwen and many fine-tunes), the default for a folder without a chat template of its own:
/// <c>&lt;|im_start|&gt;role\ncontent&lt;|im_end|&gt;\n</c> per turn, then <c>&lt;|im_start|&gt;assistant\n</c> and the
/// assistant prefix, so the model continues where it stops. A folder with a template uses <see cref="ModelChatTemplate"/>.
/// </summary>
public sealed class ChatMlTemplate : IChatTemplate
{
    public static ChatMlTemplate Instance { get; } = new();

    public string Name => "chatml";

    public string Render(IReadOnlyList<ChatMessage> messages, string? assistantPrefix)
    {
        var prompt = new StringBuilder();
        foreach (var message in messages)
            prompt.Append("<|im_start|>").Append(message.Role).Append('\n').Append(message.Content).Append("<|im_end|>\n");
        return prompt.Append("<|im_start|>assistant\n").Append(assistantPrefix).ToString();
    }
}
