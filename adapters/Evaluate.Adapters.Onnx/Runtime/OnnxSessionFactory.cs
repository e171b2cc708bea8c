using Microsoft.ML.OnnxRuntime;

namespace Evaluate.Adapters.Onnx.Runtime;

/// <summary>
/// Opens an ONNX graph with the requested execution provider. A provider the installed ONNX Runtime build lacks
/// (DirectML on Linux, CUDA without the GPU package or driver) falls back to CPU with a warning, so a run
/// configured on one machine still runs on another; the provider actually used is reported.
/// </summary>
public static class OnnxSessionFactory
{
    public static (InferenceSession Session, ExecutionProvider Provider) Open(string modelPath, SessionSettings settings, Action<string> warn)
    {
        if (!File.Exists(modelPath)) throw new ArgumentException($"{modelPath}: file not found");
        var provider = Resolve(settings.Provider, warn);
        var options = new SessionOptions
        {
            IntraOpNumThreads = settings.IntraOpThreads,
            InterOpNumThreads = settings.InterOpThreads,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        try
        {
            provider = Append(options, provider, warn);
            return (new InferenceSession(modelPath, options), provider);
        }
        catch (OnnxRuntimeException e)
        {
            options.Dispose();
            throw new FormatException($"{modelPath}: ONNX Runtime cannot load this graph: {e.Message}", e);
        }
    }

    private static ExecutionProvider Resolve(ExecutionProvider requested, Action<string> warn)
    {
        var available = OrtEnv.Instance().GetAvailableProviders();
        bool Has(ExecutionProvider p) => available.Contains(ExecutionProviderName.RuntimeName(p));
        if (requested == ExecutionProvider.Auto)
            return Has(ExecutionProvider.DirectML) ? ExecutionProvider.DirectML
                : Has(ExecutionProvider.Cuda) ? ExecutionProvider.Cuda
                : ExecutionProvider.Cpu;
        if (requested == ExecutionProvider.Cpu || Has(requested)) return requested;
        warn($"onnx: provider '{ExecutionProviderName.Of(requested)}' is not in this ONNX Runtime build " +
             $"(available: {string.Join(", ", available)}); running on CPU (see docs/onnx.md for the package to install)");
        return ExecutionProvider.Cpu;
    }

    private static ExecutionProvider Append(SessionOptions options, ExecutionProvider provider, Action<string> warn)
    {
        try
        {
            switch (provider)
            {
                case ExecutionProvider.DirectML:
                    // DirectML needs sequential execution and no memory pattern (ONNX Runtime's DirectML notes).
                    options.EnableMemoryPattern = false;
                    options.ExecutionMode = ExecutionMode.ORT_SEQUENTIAL;
                    options.AppendExecutionProvider_DML(0);
                    break;
                case ExecutionProvider.Cuda:
                    options.AppendExecutionProvider_CUDA(0);
                    break;
            }
            return provider;
        }
        catch (Exception e) when (e is OnnxRuntimeException or EntryPointNotFoundException or DllNotFoundException)
        {
            // Listed but not loadable (missing driver or CUDA libraries): same fallback as an absent provider.
            warn($"onnx: provider '{ExecutionProviderName.Of(provider)}' failed to start ({e.Message}); running on CPU");
            return ExecutionProvider.Cpu;
        }
    }
}
