using Evaluate.Adapters.Onnx.ModelFiles;

namespace Evaluate.Adapters.Onnx.Models;

/// <summary>
/// The model's context length: a prompt or scored text that does not fit is refused (a model fed past its positions
/// writes nonsense or fails inside ONNX Runtime), and a completion is cut at the window's end with finish reason "length".
/// </summary>
/// <param name="Length">Tokens the model can attend to; null when neither config.json nor genai_config.json says.</param>
/// <param name="Source">The file and field the length was read from (config.json's max_position_embeddings, genai_config.json's model.context_length).</param>
public sealed record ContextWindow(int? Length, ConfigField Source)
{
    public int MaxNewTokens(int promptTokens, int requested)
    {
        if (Length is not { } length) return requested;
        if (promptTokens >= length) throw TooLong("prompt", promptTokens, length);
        return Math.Min(requested, length - promptTokens);
    }

    /// <summary>For a scorer: the whole sequence must fit.</summary>
    public void Require(int tokens)
    {
        if (Length is { } length && tokens > length) throw TooLong("scored text", tokens, length);
    }

    private ArgumentException TooLong(string what, int tokens, int length) =>
        new($"onnx: the {what} has {tokens} tokens but the model's context is {length} ({Source})");
}
