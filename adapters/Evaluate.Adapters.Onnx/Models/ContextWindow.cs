namespace Evaluate.Adapters.Onnx.Models;

/// <summary>
/// The model's context length: a prompt that does not fit is refused (a model fed past its positions writes
/// nonsense or fails inside ONNX Runtime), and a completion is cut at the window's end with finish reason "length".
/// </summary>
/// <param name="Length">Tokens the model can attend to; null when neither config.json nor genai_config.json says.</param>
public sealed record ContextWindow(int? Length, string ConfigPath)
{
    public int MaxNewTokens(int promptTokens, int requested)
    {
        if (Length is not { } length) return requested;
        if (promptTokens >= length)
            throw new ArgumentException($"onnx: the prompt has {promptTokens} tokens but the model's context is {length} ({ConfigPath}: max_position_embeddings)");
        return Math.Min(requested, length - promptTokens);
    }
}
