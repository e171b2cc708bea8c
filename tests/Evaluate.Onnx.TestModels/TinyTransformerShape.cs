namespace Evaluate.Onnx.TestModels;

/// <summary>
/// The tiny transformers' dimensions: two layers, four attention heads sharing two key/value heads (grouped-query
/// attention, so a loop that assumed heads == KV heads would build the wrong empty cache), head size 16 (the smallest GroupQueryAttention with rotary takes on the CPU).
/// </summary>
public static class TinyTransformerShape
{
    public const int Layers = 2;
    public const int Heads = 4;
    public const int KeyValueHeads = 2;
    public const int HeadSize = 16;
    public const int Hidden = Heads * HeadSize;
    public const int KeyValueWidth = KeyValueHeads * HeadSize;
    /// <summary>Context length (config.json's max_position_embeddings, genai_config.json's context_length, the rotary table's rows).</summary>
    public const int Positions = 64;
}
