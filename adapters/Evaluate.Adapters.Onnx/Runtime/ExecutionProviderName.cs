namespace Evaluate.Adapters.Onnx.Runtime;

/// <summary>The spelling of execution providers on the command line (<c>provider=cpu|dml|cuda|auto</c>) and in ONNX Runtime.</summary>
public static class ExecutionProviderName
{
    public static ExecutionProvider Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "auto" => ExecutionProvider.Auto,
        "cpu" => ExecutionProvider.Cpu,
        "dml" or "directml" => ExecutionProvider.DirectML,
        "cuda" or "gpu" => ExecutionProvider.Cuda,
        _ => throw new FormatException($"provider must be auto, cpu, dml or cuda, got '{text}'"),
    };

    public static string Of(ExecutionProvider provider) => provider switch
    {
        ExecutionProvider.Cpu => "cpu",
        ExecutionProvider.DirectML => "dml",
        ExecutionProvider.Cuda => "cuda",
        _ => "auto",
    };

    /// <summary>The name ONNX Runtime reports in <c>GetAvailableProviders</c>.</summary>
    public static string RuntimeName(ExecutionProvider provider) => provider switch
    {
        ExecutionProvider.DirectML => "DmlExecutionProvider",
        ExecutionProvider.Cuda => "CUDAExecutionProvider",
        _ => "CPUExecutionProvider",
    };
}
