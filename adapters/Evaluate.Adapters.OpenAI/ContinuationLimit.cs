namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// Which endpoint continues an open thought verbatim. <c>/v1/completions</c> does: the prompt is rendered here
/// (<see cref="IChatPromptTemplate"/>) and ends with the prefix. The chat endpoint hands the prefix to the server's chat
/// template, and thinking models' templates drop or re-wrap an assistant turn's <c>&lt;think&gt;</c> content, so a
/// thought is not continued where it stopped (and a reasoning parser moves it out of the text).
/// </summary>
internal static class ContinuationLimit
{
    public static string? Of(OpenAiEndpoint endpoint) => endpoint == OpenAiEndpoint.Chat
        ? "the chat endpoint cannot continue a thought left open in <think> (the server's chat template drops or re-wraps it); use openai:endpoint=completions, which sends the rendered prompt"
        : null;
}
