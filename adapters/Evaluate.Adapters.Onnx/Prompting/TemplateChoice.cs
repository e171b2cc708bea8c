namespace Evaluate.Adapters.Onnx.Prompting;

/// <summary><c>template=</c>: which template renders prompts; <see cref="Auto"/> when the spec does not say.</summary>
public enum TemplateChoice
{
    /// <summary>The model's own template when its folder has one, else ChatML (folders without tokenizer_config.json keep their prompts).</summary>
    Auto,
    ChatMl,
    Plain,
    Model,
}
