namespace Evaluate.Adapters.Onnx.Runtime;

/// <summary>How an ONNX Runtime session is made: the provider and thread counts (0 lets ONNX Runtime choose).</summary>
public sealed record SessionSettings(ExecutionProvider Provider, int IntraOpThreads, int InterOpThreads)
{
    public static SessionSettings Default { get; } = new(ExecutionProvider.Auto, 0, 0);
}
