using System.Text.Json.Serialization;
using Evaluate.Core.Models;

namespace Evaluate.Core.Results;

/// <summary>
/// One line of prompts.jsonl: the messages a suite poses for one problem, so that readers of a run (the report's
/// sample browser) can show what the model was asked without loading the suite's data again.
/// </summary>
public sealed record PromptRecord(
    [property: JsonPropertyName("suite")] string Suite,
    [property: JsonPropertyName("problem_id")] string ProblemId,
    [property: JsonPropertyName("messages")] IReadOnlyList<PromptMessage> Messages);

/// <summary>A chat message as prompts.jsonl stores it.</summary>
public sealed record PromptMessage(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("content")] string Content)
{
    public static PromptMessage Of(ChatMessage message) => new(message.Role, message.Content);
}
