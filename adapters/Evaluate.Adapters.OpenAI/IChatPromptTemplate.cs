using Evaluate.Core.Models;

namespace Evaluate.Adapters.OpenAI;

/// <summary>Turns a conversation into the plain prompt sent to <c>/v1/completions</c>, ending with the assistant prefix to continue.</summary>
public interface IChatPromptTemplate
{
    string Render(IReadOnlyList<ChatMessage> messages, string? assistantPrefix);
}
