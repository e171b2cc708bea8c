using Evaluate.Core.Components;

namespace Evaluate.Adapters.Onnx.Components;

/// <summary>Parameters every onnx component takes: where the model is and how ONNX Runtime runs it (listed first).</summary>
public abstract record OnnxSessionParameters
{
    /// <summary>Required; <see cref="SpecReading.RequirePath"/> says so, naming the parameter.</summary>
    [Option("folder of the exported model (model.onnx or decoder_model_merged.onnx, config.json, tokenizer.json)")]
    public string? Path { get; init; }

    /// <summary>Text, not a choice: aliases (directml, gpu) and any case are accepted (<see cref="Runtime.ExecutionProviderName.Parse"/>).</summary>
    [Option("execution provider: cpu, dml (DirectML, Windows) or cuda; auto picks the best this build has; an unavailable one falls back to cpu with a warning")]
    public string Provider { get; init; } = "auto";

    [Option("threads inside one operator (0: ONNX Runtime's default, one per core)", Min = 0)]
    public int IntraThreads { get; init; }

    [Option("threads across independent operators (0: ONNX Runtime's default)", Min = 0)]
    public int InterThreads { get; init; }
}
