namespace Evaluate.Adapters.Onnx.ModelFiles;

/// <summary>
/// The file and field each setting of a <see cref="ModelConfig"/> comes from: config.json's names for Hugging Face
/// folders, genai_config.json's for onnxruntime-genai builder folders, or the one that had the value when both exist.
/// </summary>
public sealed record ConfigFields(ConfigField VocabularySize, ConfigField KeyValueHeads, ConfigField HeadDimension, ConfigField ContextLength, ConfigField Layers)
{
    public static ConfigFields HuggingFace(string path) => new(
        new(path, "vocab_size"), new(path, "num_key_value_heads or num_attention_heads"), new(path, "head_dim or hidden_size"),
        new(path, "max_position_embeddings"), new(path, "num_hidden_layers"));

    public static ConfigFields GenAi(string path) => new(
        new(path, "model.vocab_size"), new(path, "model.decoder.num_key_value_heads"), new(path, "model.decoder.head_size"),
        new(path, "model.context_length"), new(path, "model.decoder.num_hidden_layers"));
}
