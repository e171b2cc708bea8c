namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// Which OpenAI route to call. <see cref="Chat"/> lets the server apply the model's chat template;
/// <see cref="Completions"/> sends a plain prompt that we render ourselves (see <see cref="IChatPromptTemplate"/>).
/// </summary>
public enum OpenAiEndpoint
{
    Chat,
    Completions,
}
