using System.Text;
using Evaluate.Core.Models;

namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// ChatML rendering (Qwen, many fine-tunes). Each turn is
/// <c>&lt;|im_start|&gt;role\ncontent&lt;|im_end|&gt;\n</c>, then an open <c>&lt;|im_start|&gt;assistant\n</c>
/// followed by the assistant prefix verbatim, so the model continues exactly where the prefix stops.
/// Models with another template should use the chat endpoint or supply their own <see cref="IChatPromptTemplate"/>.
/// </summary>
public sealed class ChatMlPromptTemplate : IChatPromptTemplate
{
    public static ChatMlPromptTemplate Instance { get; } = new();

    public string Render(IReadOnlyList<ChatMessage> messages, string? assistantPrefix)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var prompt = new StringBuilder();
        foreach (var message in messages)
            prompt.Append("<|im_start|>").Append(message.Role).Append('\n').Append(message.Content).Append("<|im_end|>\n");
        prompt.Append("<|im_start|>assistant\n").Append(assistantPrefix);
        return prompt.ToString();
    }
}
