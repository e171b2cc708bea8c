using Evaluate.Core.Components;

namespace Evaluate.Adapters.Onnx.Components;

/// <summary>Parameters every onnx component takes: where the model is and how ONNX Runtime runs it (listed first).</summary>
public abstract record OnnxSessionParameters
{
    /// <summary>Required; <see cref="SpecReading.RequirePath"/> says so, naming the parameter.</summary>
    [Option("folder of the exported model (optimum, onnxruntime-genai builder or onnx-community layout; docs/onnx.md)")]
    public string? Path { get; init; }

    /// <summary>Null: the folder's default graph (<see cref="ModelFiles.GraphFile"/>).</summary>
    [Option("graph file inside the folder or its onnx/ subfolder, e.g. model_q4.onnx or model_fp16.onnx (onnx-community exports)", DefaultText = "model.onnx, else decoder_model_merged.onnx, else genai_config.json's decoder file")]
    public string? File { get; init; }

    /// <summary>Text, not a choice: aliases (directml, gpu) and any case are accepted (<see cref="Runtime.ExecutionProviderName.Parse"/>).</summary>
    [Option("execution provider: cpu, dml (DirectML, Windows) or cuda; auto picks the best this build has; an unavailable one falls back to cpu with a warning")]
    public string Provider { get; init; } = "auto";

    [Option("threads inside one operator (0: ONNX Runtime's default, one per core)", Min = 0)]
    public int IntraThreads { get; init; }

    [Option("threads across independent operators (0: ONNX Runtime's default)", Min = 0)]
    public int InterThreads { get; init; }
}
