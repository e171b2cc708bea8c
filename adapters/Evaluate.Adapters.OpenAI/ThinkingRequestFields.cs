using System.Text.Json.Nodes;

namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// The thinking-budget fields a server documents, passed through unchanged with every request: <c>reasoning_effort</c>
/// (OpenAI's reasoning models; vLLM and SGLang forward it to the chat template) and <c>chat_template_kwargs</c>'s
/// <c>enable_thinking</c> and <c>thinking_budget</c> (vLLM, SGLang; what they do is up to the model's template, so
/// they are hints without a token guarantee: a hard cap is the <c>budget-forcing</c> strategy's). Only the fields set
/// are sent, and the set ones are part of the model's identity in results (they change what the model does).
/// </summary>
public sealed record ThinkingRequestFields(string? ReasoningEffort = null, bool? EnableThinking = null, int? ThinkingBudget = null)
{
    public static ThinkingRequestFields None { get; } = new();

    public void AddTo(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (ReasoningEffort is not null) body["reasoning_effort"] = ReasoningEffort;
        if (EnableThinking is null && ThinkingBudget is null) return;
        var kwargs = new JsonObject();
        if (EnableThinking is { } enable) kwargs["enable_thinking"] = enable;
        if (ThinkingBudget is { } budget) kwargs["thinking_budget"] = budget;
        body["chat_template_kwargs"] = kwargs;
    }

    /// <summary>The set fields as descriptor parameters (none when nothing is set, so other runs keep their identity).</summary>
    public IEnumerable<(string Key, object Value)> Parameters()
    {
        if (ReasoningEffort is not null) yield return ("reasoning_effort", ReasoningEffort);
        if (EnableThinking is { } enable) yield return ("enable_thinking", enable ? "true" : "false");
        if (ThinkingBudget is { } budget) yield return ("thinking_budget", budget);
    }
}
